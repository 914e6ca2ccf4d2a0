package ps.rasd.polls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.forms.FormSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.PollFixtures;
import ps.rasd.support.Principals;

@IntegrationTest
@Transactional
class PollManagementTests {

	@Autowired
	PollManagement polls;

	@Autowired
	PollFieldwork fieldwork;

	@Autowired
	FormsManagement forms;

	@Test
	void onlyAnalystsAndAdministratorsRunPolls() {
		FormSummary form = PollFixtures.publishedPollForm(forms);
		assertThatThrownBy(() -> polls.create(PollFixtures.draft("x1", form.id()), Principals.coordinator("50")))
			.isInstanceOf(ForbiddenException.class);
		assertThat(polls.create(PollFixtures.draft("x1", form.id()), Principals.analyst()).status())
			.isEqualTo(PollStatus.DRAFT);
		assertThatThrownBy(() -> polls.create(PollFixtures.draft("x1", form.id()), Principals.admin()))
			.isInstanceOf(InvalidInputException.class).hasMessage("polls.poll.code-taken");
	}

	@Test
	void fieldworkFixesThePublishedVersionAndTheQuestionnaire() {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		assertThat(poll.status()).isEqualTo(PollStatus.FIELDWORK);
		assertThat(poll.formVersionId()).isEqualTo(forms.form(poll.formId()).current().orElseThrow().id());
		FormSummary other = PollFixtures.publishedPollForm(forms);
		PollDraft moved = PollFixtures.draft(poll.code(), other.id());
		assertThatThrownBy(() -> polls.update(poll.id(), poll.version(), moved, Principals.analyst()))
			.isInstanceOf(ConflictException.class).hasMessage("polls.poll.form-fixed");
	}

	@Test
	void anOpenLinkResponseIsKeptOnceAndClassified() {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		String key = UUID.randomUUID().toString();
		Map<String, String> answers = PollFixtures.answers("50", "female", 23, "camp", 4);
		ResponseCheck first = fieldwork.respondOpen(poll.openLink(), key, answers, Instant.now().minusSeconds(300));
		ResponseCheck retry = fieldwork.respondOpen(poll.openLink(), key, answers, Instant.now().minusSeconds(300));

		assertThat(first.kept()).isTrue();
		assertThat(retry.repeated()).isTrue();
		assertThat(retry.response().id()).isEqualTo(first.response().id());
		assertThat(fieldwork.responseCounts(poll.id())[0]).isEqualTo(1);
		assertThat(first.response().variables()).containsEntry("governorate", "50").containsEntry("sex", "female")
			.containsEntry("age_group", "18_29").containsEntry("locality_type", "camp");
		assertThat(first.response().durationSeconds()).isBetween(295, 305);
		assertThat(first.response().enumeratorId()).isNull();
	}

	@Test
	void aWrongAnswerIsRefusedWithWhatIsWrongAndNothingKept() {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		Map<String, String> answers = new java.util.HashMap<>(PollFixtures.answers("50", "male", 17, "urban", 4));
		answers.remove("sex");
		ResponseCheck check = fieldwork.respondOpen(poll.openLink(), UUID.randomUUID().toString(), answers, null);
		assertThat(check.kept()).isFalse();
		assertThat(check.errors()).containsKeys("sex", "age");
		assertThat(fieldwork.responseCounts(poll.id())[0]).isZero();
	}

	@Test
	void aOneTimeLinkOpensOnce() {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		List<String> links = polls.invite(poll.id(), 3, Principals.analyst());
		assertThat(links).hasSize(3).doesNotHaveDuplicates();
		assertThat(fieldwork.byInvitation(links.get(0))).isPresent();
		fieldwork.respondInvited(links.get(0), UUID.randomUUID().toString(),
				PollFixtures.answers("01", "male", 40, "rural", 2), null);
		assertThat(fieldwork.byInvitation(links.get(0))).isEmpty();
		assertThatThrownBy(() -> fieldwork.respondInvited(links.get(0), UUID.randomUUID().toString(),
				PollFixtures.answers("01", "male", 40, "rural", 2), null))
			.isInstanceOf(NotFoundException.class);
		assertThat(polls.invitationCounts(poll.id())).containsExactly(3, 1);
	}

	@Test
	void anEnumeratorIsRecordedWithTheInterview() {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		var monitor = Principals.monitor(77, "50");
		ResponseCheck check = fieldwork.interview(poll.id(), UUID.randomUUID().toString(),
				PollFixtures.answers("50", "male", 35, "urban", 3), Instant.now().minusSeconds(600), monitor);
		assertThat(check.response().enumeratorId()).isEqualTo(77L);
		assertThat(check.response().mode()).isEqualTo(FieldworkMode.ENUMERATOR);
		polls.close(poll.id(), Principals.analyst());
		assertThatThrownBy(() -> fieldwork.interview(poll.id(), UUID.randomUUID().toString(),
				PollFixtures.answers("50", "male", 35, "urban", 3), null, monitor))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void onceEnumeratorsAreAssignedOnlyTheyInterview() {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		var assigned = Principals.monitor(501, "50");
		var other = Principals.monitor(502, "45");
		assertThat(polls.interviewing(other)).extracting(PollSummary::id).contains(poll.id());
		polls.assignEnumerators(poll.id(), java.util.Set.of(501L), Principals.analyst());

		assertThat(polls.interviewing(assigned)).extracting(PollSummary::id).contains(poll.id());
		assertThat(polls.interviewing(other)).extracting(PollSummary::id).doesNotContain(poll.id());
		assertThatThrownBy(() -> fieldwork.interview(poll.id(), UUID.randomUUID().toString(),
				PollFixtures.answers("45", "male", 30, "urban", 3), null, other))
			.isInstanceOf(ForbiddenException.class).hasMessage("polls.interview.not-assigned");
		assertThat(fieldwork.interview(poll.id(), UUID.randomUUID().toString(),
				PollFixtures.answers("50", "male", 30, "urban", 3), null, assigned).kept()).isTrue();
		assertThatThrownBy(() -> polls.assignEnumerators(poll.id(), java.util.Set.of(), assigned))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void quotasAndStrataShowLiveProgressOfIncludedResponses() {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		polls.design(poll.id(), List.of("governorate"), List.of(new StratumPlan("50", 10, null),
				new StratumPlan("60", 10, null)), List.of(new Quota("sex", "female", 4)), Principals.analyst());
		ResponseSummary a = fieldwork.respondOpen(poll.openLink(), "k1", PollFixtures.answers("50", "female", 20, "urban",
				4), null).response();
		fieldwork.respondOpen(poll.openLink(), "k2", PollFixtures.answers("50", "female", 50, "rural", 4), null);
		fieldwork.respondOpen(poll.openLink(), "k3", PollFixtures.answers("60", "male", 50, "camp", 4), null);
		fieldwork.decide(a.id(), false, "tested the link", Principals.analyst());

		assertThat(fieldwork.progress(poll.id())).containsExactly(new QuotaProgress("stratum", "50", 10, 1),
				new QuotaProgress("stratum", "60", 10, 1), new QuotaProgress("sex", "female", 4, 1));
		assertThatThrownBy(() -> fieldwork.decide(a.id(), false, " ", Principals.analyst()))
			.hasMessage("polls.quality.reason-required");
	}

	@Test
	void changingTheVariablesClassifiesTheResponsesAgain() {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		fieldwork.respondOpen(poll.openLink(), "c1", PollFixtures.answers("50", "female", 31, "urban", 4), null);
		polls.defineVariables(poll.id(), List.of(new WeightingVariable("age_group", "age",
				List.of(new CategoryRule("18-34", "young"), new CategoryRule("35-", "older")))), Principals.analyst());
		assertThat(fieldwork.allResponses(poll.id(), Principals.analyst()).get(0).variables())
			.containsExactly(Map.entry("age_group", "young"));
		assertThatThrownBy(() -> polls.defineVariables(poll.id(),
				List.of(new WeightingVariable("Bad Code", "nope", List.of())), Principals.analyst()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.fields())
				.extracting(InvalidInputException.Field::code)
				.containsExactly("polls.variables.bad-code", "polls.variables.unknown-question"));
	}

	@Test
	void anImportIsAllOrNothing() {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		var good = PollFixtures.answers("50", "female", 20, "urban", 4);
		var bad = new java.util.HashMap<>(PollFixtures.answers("50", "female", 20, "urban", 4));
		bad.put("sex", "other");
		assertThatThrownBy(() -> fieldwork.importResponses(poll.id(), List.of(good, bad), null, "f.csv",
				Principals.analyst()))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.fields())
				.extracting(InvalidInputException.Field::field).containsExactly("row2.sex"));
		assertThat(fieldwork.responseCounts(poll.id())[0]).isZero();
		assertThat(fieldwork.importResponses(poll.id(), List.of(good, good), List.of(100, 200), "f.csv",
				Principals.analyst())).isEqualTo(2);
		assertThat(fieldwork.responseCounts(poll.id())).containsExactly(2, 2);
	}
}
