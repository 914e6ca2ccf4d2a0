package ps.rasd.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ps.rasd.cases.domain.CaseFixtures.COORDINATOR;
import static ps.rasd.cases.domain.CaseFixtures.DEADLINE;
import static ps.rasd.cases.domain.CaseFixtures.UNIT;
import static ps.rasd.cases.domain.CaseFixtures.day;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import ps.rasd.cases.CaseAction;
import ps.rasd.cases.CaseActor;
import ps.rasd.cases.CaseEventView;
import ps.rasd.cases.CaseStatus;
import ps.rasd.cases.CaseSummary;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.Tier;

/** The case's own life, without Spring: each transition the aggregate takes and each precondition it guards. */
class CaseFileTests {

	@Test
	void aNewCaseWaitsForVerificationUnpublished() {
		CaseSummary filed = CaseFixtures.submittedCase().toSummary();
		assertThat(filed.status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(filed.tier()).isEqualTo(Tier.INTERNAL);
		assertThat(steps(CaseFixtures.submittedCase())).containsExactly("FILED");
	}

	@Test
	void verifyingMovesToVerifiedAndWritesTheTimeline() {
		CaseFile file = CaseFixtures.verifiedCase();
		assertThat(file.getStatus()).isEqualTo(CaseStatus.VERIFIED);
		CaseEventView step = last(file);
		assertThat(step.from()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(step.to()).isEqualTo(CaseStatus.VERIFIED);
		assertThat(step.internalNote()).isEqualTo("checked by phone");
	}

	@Test
	void rejectsAnActionTheStateDoesNotAllow() {
		CaseFile file = CaseFixtures.referredCase();
		assertThatThrownBy(() -> CaseFixtures.staff(file, CaseAction.VERIFY, Change.notes(null, null), day(3)))
			.isInstanceOf(ConflictException.class).hasMessageContaining("cases.transition.invalid");
		assertThatThrownBy(() -> file.requireAllowed(CaseAction.CONFIRM_FIX))
			.isInstanceOf(ConflictException.class);
		assertThat(file.getStatus()).isEqualTo(CaseStatus.REFERRED);
	}

	@Test
	void rejectsAnActionAgainstAStaleVersion() {
		CaseFile file = CaseFixtures.submittedCase();
		assertThatThrownBy(() -> file.apply(CaseAction.VERIFY, file.getVersion() + 1, CaseActor.COORDINATOR,
				COORDINATOR, Change.notes(null, null), day(1)))
			.isInstanceOf(ConflictException.class).hasMessageContaining("cases.case.stale");
	}

	@Test
	void rejectingNeedsAPublicReason() {
		CaseFile file = CaseFixtures.submittedCase();
		assertThat(fields(() -> CaseFixtures.staff(file, CaseAction.REJECT, Change.notes("spam", " "), day(1))))
			.containsExactly("publicNote");
		CaseFixtures.staff(file, CaseAction.REJECT, Change.notes(null, "not a public service"), day(1));
		assertThat(file.toSummary().status()).isEqualTo(CaseStatus.REJECTED);
		assertThat(file.toSummary().closedAt()).isEqualTo(day(1));
	}

	@Test
	void closingWithoutAFixNeedsAPublicReason() {
		CaseFile file = CaseFixtures.referredCase();
		assertThat(fields(() -> CaseFixtures.staff(file, CaseAction.CLOSE_UNRESOLVED, Change.notes("x", null),
				day(20)))).containsExactly("publicNote");
		assertThat(CaseFixtures.closedUnresolvedCase().getStatus().group()).isEqualTo(CaseStatus.Group.CLOSED);
	}

	@Test
	void aDuplicateFollowsAnotherCaseButNotItselfNorADuplicate() {
		CaseFile file = CaseFixtures.submittedCase();
		CaseFile original = CaseFixtures.verifiedCase();
		assertThat(fields(() -> file.markDuplicateOf(file, file.getVersion(), CaseActor.COORDINATOR, COORDINATOR,
				null, null, day(1)))).containsExactly("duplicateOf");
		CaseFile duplicate = CaseFixtures.submittedCase();
		duplicate.markDuplicateOf(original, duplicate.getVersion(), CaseActor.COORDINATOR, COORDINATOR, null, null,
				day(1));
		assertThat(duplicate.getStatus()).isEqualTo(CaseStatus.DUPLICATE);
		assertThat(fields(() -> file.markDuplicateOf(duplicate, file.getVersion(), CaseActor.COORDINATOR,
				COORDINATOR, null, null, day(1)))).containsExactly("duplicateOf");
	}

	@Test
	void aReferralNamesTheUnitAndTheDueDate() {
		CaseFile file = CaseFixtures.referredCase();
		assertThat(file.getStatus()).isEqualTo(CaseStatus.REFERRED);
		assertThat(file.getAuthorityId()).isEqualTo(UNIT);
		assertThat(file.getDueAt()).isEqualTo(day(2).plus(DEADLINE));
		assertThat(file.toSummary().referredAt()).isEqualTo(day(2));
	}

	@Test
	void aReferralIsOverdueOnlyAfterItsDueDateAndUntilAnswered() {
		CaseFile file = CaseFixtures.referredCase();
		assertThat(file.isOverdue(day(2).plus(DEADLINE).minusSeconds(1))).isFalse();
		assertThat(file.isOverdue(day(2).plus(DEADLINE).plusSeconds(1))).isTrue();
		assertThat(CaseFixtures.acknowledgedCase().isOverdue(day(60))).isFalse();
	}

	@Test
	void escalatingNeedsAnOverdueReferral() {
		CaseFile onTime = CaseFixtures.referredCase();
		assertThatThrownBy(() -> CaseFixtures.staff(onTime, CaseAction.ESCALATE,
				Change.referral(UNIT + 1, day(40), 2, null, null), day(3)))
			.isInstanceOf(ConflictException.class).hasMessageContaining("cases.escalate.not-overdue");
		CaseFile late = CaseFixtures.overdueReferral();
		CaseFixtures.staff(late, CaseAction.ESCALATE, Change.referral(UNIT + 1, day(40), 2, null, null), day(17));
		assertThat(late.getStatus()).isEqualTo(CaseStatus.ESCALATED);
		assertThat(late.getAuthorityId()).isEqualTo(UNIT + 1);
		assertThat(late.getOverdueSince()).as("a new referral starts on time").isNull();
	}

	@Test
	void aReplyEndsTheWaitAndKeepsTheFirstReplyTime() {
		CaseFile file = CaseFixtures.overdueReferral();
		CaseFixtures.authority(file, CaseAction.REPLY_IN_PROGRESS, Change.reply("working", null, null), day(20));
		CaseFixtures.authority(file, CaseAction.REPLY_RESOLVED, Change.reply("done", null, null), day(25));
		CaseSummary after = file.toSummary();
		assertThat(after.status()).isEqualTo(CaseStatus.RESOLVED);
		assertThat(after.firstReplyAt()).isEqualTo(day(20));
		assertThat(after.dueAt()).isNull();
		assertThat(after.overdueSince()).isNull();
		assertThat(after.resolvedAt()).isEqualTo(day(25));
	}

	@Test
	void aScheduledActionNeedsItsDateAndANotResponsibleReplyNamesWhoIs() {
		CaseFile file = CaseFixtures.referredCase();
		assertThat(fields(() -> CaseFixtures.authority(file, CaseAction.REPLY_SCHEDULED,
				Change.reply("soon", null, null), day(3)))).containsExactly("scheduledFor");
		assertThat(fields(() -> CaseFixtures.authority(file, CaseAction.REPLY_NOT_RESPONSIBLE,
				Change.reply("not us", null, " "), day(3)))).containsExactly("responsibleNamed");
		assertThat(fields(() -> CaseFixtures.authority(file, CaseAction.REPLY_ACKNOWLEDGED,
				Change.reply("x".repeat(4001), null, null), day(3)))).containsExactly("message");
		CaseFixtures.authority(file, CaseAction.REPLY_SCHEDULED, Change.reply("soon", LocalDate.of(2026, 12, 1), null),
				day(3));
		assertThat(file.getStatus()).isEqualTo(CaseStatus.ACTION_SCHEDULED);
		CaseFile other = CaseFixtures.referredCase();
		CaseFixtures.authority(other, CaseAction.REPLY_NOT_RESPONSIBLE, Change.reply("not us", null, "the council"),
				day(3));
		assertThat(other.getStatus()).isEqualTo(CaseStatus.NOT_RESPONSIBLE);
	}

	@Test
	void aNotResponsibleCaseIsReferredAgain() {
		CaseFile file = CaseFixtures.referredCase();
		CaseFixtures.authority(file, CaseAction.REPLY_NOT_RESPONSIBLE, Change.reply("no", null, "the council"),
				day(3));
		CaseFixtures.referTo(file, UNIT + 2, day(4));
		assertThat(file.getStatus()).isEqualTo(CaseStatus.REFERRED);
		assertThat(file.getAuthorityId()).isEqualTo(UNIT + 2);
	}

	@Test
	void onlyAResolvedCaseGetsAFollowUpCheck() {
		CaseFixtures.resolvedCase().requireFixToCheck();
		assertThatThrownBy(() -> CaseFixtures.referredCase().requireFixToCheck())
			.isInstanceOf(ConflictException.class).hasMessageContaining("cases.follow-up.not-resolved");
	}

	@Test
	void aCheckedFixClosesTheCaseAsFixed() {
		CaseFile file = CaseFixtures.confirmedFixedCase();
		assertThat(file.getStatus()).isEqualTo(CaseStatus.CONFIRMED_FIXED);
		assertThat(file.getStatus().isOpen()).isFalse();
		assertThat(file.getStatus().group()).isEqualTo(CaseStatus.Group.FIXED);
	}

	@Test
	void aFixFoundMissingReopensTheCaseForANewReferral() {
		CaseFile file = CaseFixtures.resolvedCase();
		CaseFixtures.staff(file, CaseAction.REOPEN, Change.notes(null, "still broken"), day(6));
		assertThat(file.getStatus()).isEqualTo(CaseStatus.REOPENED);
		assertThat(file.toSummary().resolvedAt()).isNull();
		CaseFixtures.referTo(file, UNIT, day(7));
		assertThat(file.getStatus()).isEqualTo(CaseStatus.REFERRED);
	}

	@Test
	void informationFromTheReporterSendsAWaitingCaseBackToVerification() {
		CaseFile file = CaseFixtures.caseNeedingInfo();
		file.addInformation("  the clinic in Dura  ", day(2));
		assertThat(file.getStatus()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(last(file).internalNote()).isEqualTo("the clinic in Dura");
	}

	@Test
	void informationOnAnOtherOpenCaseIsANote() {
		CaseFile file = CaseFixtures.referredCase();
		file.addInformation("still no water", day(3));
		assertThat(file.getStatus()).isEqualTo(CaseStatus.REFERRED);
		assertThat(last(file).step()).isEqualTo("NOTE");
	}

	@Test
	void informationMustBeGivenShortAndOnAnOpenCase() {
		assertThat(fields(() -> CaseFixtures.caseNeedingInfo().addInformation(" ", day(2)))).containsExactly("text");
		assertThat(fields(() -> CaseFixtures.caseNeedingInfo().addInformation("x".repeat(4001), day(2))))
			.containsExactly("text");
		assertThatThrownBy(() -> CaseFixtures.confirmedFixedCase().addInformation("thanks", day(9)))
			.isInstanceOf(ConflictException.class).hasMessageContaining("cases.case.closed");
	}

	@Test
	void theReminderGoesOutOnlyBeforeTheReferralIsOverdue() {
		assertThat(CaseFixtures.referredCase().reminded(day(12))).isTrue();
		assertThat(CaseFixtures.overdueReferral().reminded(day(17))).isFalse();
	}

	@Test
	void publishingNeedsAPublicTitleAndStoryAndKeepsTheFirstPublicationDay() {
		CaseFile file = CaseFixtures.verifiedCase();
		assertThat(fields(() -> file.publication(file.getVersion(), Tier.PUBLIC, null, " ", null, day(2))))
			.containsExactly("publicTitle", "publicStory");
		assertThat(fields(() -> file.publication(file.getVersion(), Tier.PARTNERS, null, "x".repeat(201), null,
				day(2)))).containsExactly("publicTitle");
		file.publication(file.getVersion(), Tier.PUBLIC, null, "No water", "A clinic without water", day(2));
		file.publication(file.getVersion(), Tier.PUBLIC, LocalDate.of(2026, 12, 1), "No water", "Story", day(3));
		CaseSummary published = file.toSummary();
		assertThat(published.publishedAt()).isEqualTo(day(2));
		assertThat(published.isPublic(LocalDate.of(2026, 11, 30))).as("under embargo").isFalse();
		assertThat(published.isPublic(LocalDate.of(2026, 12, 1))).isTrue();
		assertThatThrownBy(() -> file.publication(file.getVersion() + 1, Tier.INTERNAL, null, null, null, day(4)))
			.isInstanceOf(ConflictException.class).hasMessageContaining("cases.case.stale");
	}

	@Test
	void statusGroupsCoverEveryStateOnce() {
		assertThat(CaseStatus.Group.OPEN.states()).contains(CaseStatus.SUBMITTED, CaseStatus.REFERRED,
				CaseStatus.REOPENED).doesNotContain(CaseStatus.RESOLVED);
		assertThat(CaseStatus.Group.FIXED.states()).containsExactlyInAnyOrder(CaseStatus.RESOLVED,
				CaseStatus.CONFIRMED_FIXED);
		assertThat(CaseStatus.Group.CLOSED.states()).containsExactlyInAnyOrder(CaseStatus.REJECTED,
				CaseStatus.DUPLICATE, CaseStatus.CLOSED_UNRESOLVED);
		int all = 0;
		for (CaseStatus.Group group : CaseStatus.Group.values()) {
			all += group.states().size();
		}
		assertThat(all).isEqualTo(CaseStatus.values().length);
	}

	private static List<String> steps(CaseFile file) {
		return file.getEvents().stream().map(e -> e.toView(true).step()).toList();
	}

	private static CaseEventView last(CaseFile file) {
		List<CaseEvent> events = file.getEvents();
		return events.get(events.size() - 1).toView(true);
	}

	private static List<String> fields(Runnable action) {
		try {
			action.run();
		}
		catch (InvalidInputException ex) {
			return ex.fields().stream().map(InvalidInputException.Field::field).toList();
		}
		catch (DomainException ex) {
			throw new AssertionError("expected invalid input, got " + ex.code(), ex);
		}
		throw new AssertionError("expected invalid input");
	}
}
