package ps.rasd.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.registry.AuthorityDetails;
import ps.rasd.registry.AuthorityKind;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.FacilityDetails;
import ps.rasd.registry.FacilityStatus;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.MovableClock;
import ps.rasd.support.Principals;

@SpringBootTest(properties = "rasd.test.context=cases")
@ActiveProfiles("test")
@Import(MovableClock.Config.class)
@Transactional
@RecordApplicationEvents
class CaseManagementTests {

	@Autowired
	CaseIntake caseIntake;

	@Autowired
	CaseWorkflow caseWorkflow;

	@Autowired
	CaseReplies caseReplies;

	@Autowired
	CaseFollowUps caseFollowUps;

	@Autowired
	CaseQueue caseQueue;

	@Autowired
	AuthorityScorecards authorityScorecards;

	@Autowired
	CaseReporters caseReporters;

	@Autowired
	SimilarCases similarCases;

	@Autowired
	CasePublication casePublication;

	@Autowired
	RegistryManagement registry;

	@Autowired
	IdentityManagement identity;

	@Autowired
	MovableClock clock;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcTemplate jdbc;

	private final RasdPrincipal coordinator = Principals.coordinator("50");

	private final RasdPrincipal bethlehemCoordinator = Principals.coordinator("45");

	private AuthoritySummary ministry;

	private AuthoritySummary directorate;

	private FacilitySummary clinic;

	@BeforeEach
	void authoritiesAndFacility() {
		var admin = Principals.admin();
		ministry = registry.createAuthority(new AuthorityDetails(null, AuthorityKind.MINISTRY,
				new LocalizedText("وزارة الصحة", "Ministry of Health"), null, "HEALTH", "moh@example.org", null, null,
				21), admin);
		directorate = registry.createAuthority(new AuthorityDetails(ministry.id(), AuthorityKind.DIRECTORATE,
				new LocalizedText("مديرية صحة الخليل", "Hebron Health Directorate"), "50", "HEALTH",
				"hebron-health@example.org", null, null, 10), admin);
		clinic = registry.createFacility(new FacilityDetails(new LocalizedText("عيادة الشيوخ", null),
				"PRIMARY_HEALTH_CENTRE", directorate.id(), "50", null, 31.55, 35.10, null, FacilityStatus.OPEN), admin);
	}

	private NewCase atClinic(String title) {
		return new NewCase(title, "لا يوجد طبيب في العيادة منذ أسبوعين والمرضى ينتظرون", "50", null, clinic.id(), null,
				null, null);
	}

	private Filed publicComplaint(String title) {
		return caseIntake.file(atClinic(title), new ReporterDetails("أم محمد", "0599123456", "um@example.org", false,
				true, "ar"), CaseSource.PUBLIC, null, null);
	}

	@Test
	void aPublicComplaintGetsAReadableReferenceATrackingLinkAndWaitsForVerification() {
		Filed filed = publicComplaint("غياب الطبيب");
		assertThat(filed.summary().reference()).matches("RSD-\\d{4}-\\d{6}");
		assertThat(filed.summary().status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(filed.summary().governorateCode()).isEqualTo("50");
		assertThat(filed.summary().sectorCode()).isEqualTo("HEALTH");
		assertThat(filed.trackingToken()).hasSizeGreaterThan(20);
		assertThat(caseIntake.tracked(filed.trackingToken())).map(CaseSummary::reference)
			.contains(filed.summary().reference());
		assertThat(caseIntake.tracked(filed.trackingToken() + "x")).isEmpty();
		// the token is stored only hashed
		assertThat(jdbc.queryForObject("select count(*) from cases_case where tracking_hash = ?", Long.class,
				filed.trackingToken())).isZero();
		assertThat(events.stream(CaseEvents.CaseFiled.class)).hasSize(1);
	}

	@Test
	void aReferenceAlreadyTakenIsSkipped() {
		// as after a restore into a running installation: the sequence's next number is already a case's
		String first = publicComplaint("غياب الطبيب").summary().reference();
		String prefix = first.substring(0, 9);
		long number = Long.parseLong(first.substring(9));
		jdbc.update("update cases_case set reference = ? where reference = ?",
				prefix + String.format("%06d", number + 1), first);
		assertThat(publicComplaint("غياب الطبيب مرة أخرى").summary().reference())
			.isEqualTo(prefix + String.format("%06d", number + 2));
	}

	@Test
	void theSameRequestTwiceFilesOneCase() {
		RasdPrincipal monitor = Principals.monitor(501, "50");
		Filed first = caseIntake.file(atClinic("مرة"), null, CaseSource.API, "key-1", monitor);
		Filed again = caseIntake.file(atClinic("مرة"), null, CaseSource.API, "key-1", monitor);
		assertThat(again.summary().id()).isEqualTo(first.summary().id());
		assertThat(again.trackingToken()).isNull();
		// another person's same key is their own request
		Filed other = caseIntake.file(atClinic("مرة"), null, CaseSource.API, "key-1", Principals.monitor(502, "50"));
		assertThat(other.summary().id()).isNotEqualTo(first.summary().id());
	}

	@Test
	void missingAndWrongFieldsAreNamedOneByOne() {
		assertThatThrownBy(() -> caseIntake.file(new NewCase(" ", null, "99", 1L, null, "NOPE", 31.5, null),
				new ReporterDetails(null, "abc", "not-an-address", false, true, "ar"), CaseSource.PUBLIC, null, null))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.fields())
				.extracting(InvalidInputException.Field::field)
				.contains("title", "description", "governorateCode", "sectorCode", "latitude", "email", "phone"));
	}

	@Test
	void aMonitorFilesOnlyInTheirGovernorates() {
		assertThatThrownBy(() -> caseIntake.file(atClinic("خارج"), null, CaseSource.STAFF, null,
				Principals.monitor(503, "45")))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.fields())
				.extracting(InvalidInputException.Field::code).contains("cases.governorate.out-of-scope"));
		assertThatThrownBy(() -> caseIntake.file(atClinic("محلل"), null, CaseSource.STAFF, null, Principals.analyst()))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void theWholeLoopFromComplaintToConfirmedFix() {
		AccountSummary monitor = AccountFixtures.hebronMonitor(identity);
		RasdPrincipal monitorPrincipal = Principals.monitor(monitor.id(), "50");
		String ref = publicComplaint("غياب الطبيب").summary().reference();

		CaseSummary verified = caseWorkflow.act(ref, CaseAction.VERIFY, 0, ActionInput.notes("اتصلنا بالمشتكية", null),
				coordinator);
		assertThat(verified.status()).isEqualTo(CaseStatus.VERIFIED);
		assertThat(caseWorkflow.suggestedAuthority(verified)).map(AuthoritySummary::id).contains(directorate.id());

		CaseSummary referred = caseWorkflow.act(ref, CaseAction.REFER, verified.version(), ActionInput.notes(null,
				"أحيلت إلى مديرية الصحة"), coordinator);
		assertThat(referred.status()).isEqualTo(CaseStatus.REFERRED);
		assertThat(referred.authorityId()).isEqualTo(directorate.id());
		assertThat(Duration.between(referred.referredAt(), referred.dueAt())).isEqualTo(Duration.ofDays(10));
		CaseEvents.CaseMoved moved = events.stream(CaseEvents.CaseMoved.class)
			.filter(e -> e.action() == CaseAction.REFER).findFirst().orElseThrow();
		assertThat(moved.replyLinkId()).isNotNull();
		String token = caseWorkflow.replyToken(moved.replyLinkId());

		ReplyContext context = caseReplies.replyContext(token);
		assertThat(context.summary().reference()).isEqualTo(ref);
		assertThat(context.authorityId()).isEqualTo(directorate.id());

		CaseSummary resolved = caseReplies.reply(token, CaseAction.REPLY_RESOLVED, "تم تعيين طبيب جديد", null, null);
		assertThat(resolved.status()).isEqualTo(CaseStatus.RESOLVED);
		assertThat(resolved.firstReplyAt()).isNotNull();
		assertThatThrownBy(() -> caseReplies.replyContext(token)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("cases.link.used"));

		ReplyView reply = caseReplies.replies(ref, coordinator).get(0);
		assertThat(reply.moderation()).isEqualTo(Moderation.PENDING);
		assertThat(reply.via()).isEqualTo("LINK");
		assertThat(caseReplies.repliesToModerate(coordinator)).extracting(ReplyView::id).contains(reply.id());
		caseReplies.moderate(reply.id(), Moderation.APPROVED, null, coordinator);
		assertThat(caseReplies.replies(ref, coordinator).get(0).publicText()).isEqualTo("تم تعيين طبيب جديد");

		caseFollowUps.assignFollowUp(ref, monitor.id(), null, coordinator);
		assertThat(caseFollowUps.myFollowUps(monitorPrincipal)).extracting(CaseSummary::reference).containsExactly(ref);
		assertThat(caseWorkflow.actions(ref, monitorPrincipal)).containsExactly(CaseAction.CONFIRM_FIX, CaseAction.REOPEN);
		CaseSummary confirmed = caseWorkflow.act(ref, CaseAction.CONFIRM_FIX, resolved.version(),
				ActionInput.notes("زرت العيادة والطبيب موجود", "تأكد الراصد من الحل"), monitorPrincipal);
		assertThat(confirmed.status()).isEqualTo(CaseStatus.CONFIRMED_FIXED);
		assertThat(confirmed.closedAt()).isNotNull();
		assertThat(caseFollowUps.myFollowUps(monitorPrincipal)).isEmpty();
		assertThat(caseQueue.byReference(ref, monitorPrincipal).status()).isEqualTo(CaseStatus.CONFIRMED_FIXED);
		assertThat(caseWorkflow.actions(ref, monitorPrincipal)).isEmpty();

		assertThat(caseQueue.timeline(ref, coordinator)).extracting(CaseEventView::step)
			.containsExactly("FILED", "VERIFY", "REFER", "REPLY_RESOLVED", "CONFIRM_FIX");
		AuthorityScorecard card = authorityScorecards.scorecard(directorate.id());
		assertThat(card.referred()).isEqualTo(1);
		assertThat(card.replied()).isEqualTo(1);
		assertThat(card.confirmedFixed()).isEqualTo(1);
		assertThat(card.replyRatePercent()).isEqualTo(100);
		assertThat(card.suppressed()).as("one referral is too few to show the public").isTrue();
		assertThat(caseQueue.timeline(ref, coordinator).get(1).internalNote()).isEqualTo("اتصلنا بالمشتكية");
	}

	@Test
	void theSecondOfTwoCoordinatorsActingOnTheSameVersionGetsAConflict() {
		String ref = publicComplaint("تعارض").summary().reference();
		caseWorkflow.act(ref, CaseAction.VERIFY, 0, ActionInput.notes(null, null), coordinator);
		assertThatThrownBy(() -> caseWorkflow.act(ref, CaseAction.REJECT, 0, ActionInput.notes(null, "سبب"),
				Principals.coordinator("50")))
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(ex.code()).isEqualTo("cases.case.stale"));
		assertThat(caseQueue.byReference(ref, coordinator).status()).isEqualTo(CaseStatus.VERIFIED);
	}

	@Test
	void anInvalidTransitionIsAConflictAndAnOutOfScopeCoordinatorIsRefused() {
		String ref = publicComplaint("خطأ").summary().reference();
		assertThatThrownBy(() -> caseWorkflow.act(ref, CaseAction.REPLY_RESOLVED, 0, ActionInput.notes(null, null),
				coordinator))
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.code()).isEqualTo("cases.transition.invalid"));
		assertThatThrownBy(() -> caseWorkflow.act(ref, CaseAction.VERIFY, 0, ActionInput.notes(null, null),
				bethlehemCoordinator)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> caseQueue.byReference(ref, bethlehemCoordinator)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> caseWorkflow.act(ref, CaseAction.VERIFY, 0, ActionInput.notes(null, null),
				Principals.monitor(77, "50"))).isInstanceOf(ForbiddenException.class);
	}

	@Test
	void rejectingOrClosingNeedsAPublicReason() {
		String ref = publicComplaint("سبب").summary().reference();
		assertThatThrownBy(() -> caseWorkflow.act(ref, CaseAction.REJECT, 0, ActionInput.notes("داخلي", null), coordinator))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.fields().get(0).field()).isEqualTo("publicNote"));
	}

	@Test
	void aTamperedExpiredOrSupersededLinkIsRefusedClearly() {
		String ref = publicComplaint("روابط").summary().reference();
		CaseSummary verified = caseWorkflow.act(ref, CaseAction.VERIFY, 0, ActionInput.notes(null, null), coordinator);
		caseWorkflow.act(ref, CaseAction.REFER, verified.version(), ActionInput.notes(null, null), coordinator);
		long linkId = events.stream(CaseEvents.CaseMoved.class).filter(e -> e.replyLinkId() != null).findFirst()
			.orElseThrow().replyLinkId();
		String token = caseWorkflow.replyToken(linkId);
		String[] parts = token.split("\\.");
		String otherLink = (Long.parseLong(parts[0]) + 1) + "." + parts[1] + "." + parts[2];
		String longer = parts[0] + "." + (Long.parseLong(parts[1]) + 86400) + "." + parts[2];
		for (String bad : new String[] { otherLink, longer, token.substring(0, token.length() - 2), "nonsense", "" }) {
			assertThatThrownBy(() -> caseReplies.replyContext(bad)).as(bad).isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("cases.link.invalid"));
		}
		clock.advance(Duration.ofDays(10 + 61));
		assertThatThrownBy(() -> caseReplies.replyContext(token)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("cases.link.expired"));
	}

	@Test
	void anOverdueReferralIsFoundRemindedAndEscalatedToTheParentUnit() {
		String ref = publicComplaint("مهلة").summary().reference();
		CaseSummary verified = caseWorkflow.act(ref, CaseAction.VERIFY, 0, ActionInput.notes(null, null), coordinator);
		CaseSummary referred = caseWorkflow.act(ref, CaseAction.REFER, verified.version(), ActionInput.notes(null, null),
				coordinator);
		assertThatThrownBy(() -> caseWorkflow.act(ref, CaseAction.ESCALATE, referred.version(), ActionInput.notes(null,
				null), coordinator)).isInstanceOfSatisfying(ConflictException.class,
						ex -> assertThat(ex.code()).isEqualTo("cases.escalate.not-overdue"));
		assertThat(caseWorkflow.actions(ref, coordinator)).doesNotContain(CaseAction.ESCALATE);

		clock.advance(Duration.ofDays(7));
		caseWorkflow.checkDeadlines();
		assertThat(events.stream(CaseEvents.DeadlineNear.class).filter(e -> e.reference().equals(ref)))
			.extracting(CaseEvents.DeadlineNear::overdue).isEmpty();
		clock.advance(Duration.ofDays(2));
		caseWorkflow.checkDeadlines();
		caseWorkflow.checkDeadlines();
		assertThat(events.stream(CaseEvents.DeadlineNear.class).filter(e -> e.reference().equals(ref)))
			.extracting(CaseEvents.DeadlineNear::overdue).containsExactly(false);

		clock.advance(Duration.ofDays(2));
		caseWorkflow.checkDeadlines();
		assertThat(events.stream(CaseEvents.DeadlineNear.class).filter(e -> e.reference().equals(ref)))
			.extracting(CaseEvents.DeadlineNear::overdue).containsExactly(false, true);
		assertThat(caseQueue.byReference(ref, coordinator).overdueSince()).isNotNull();
		assertThat(caseQueue.queue(new CaseQuery(Set.of(), "50", null, null, null, true, false), 0, 20, coordinator)
			.items()).extracting(CaseSummary::reference).contains(ref);
		assertThat(caseQueue.dashboard(coordinator).overdue()).isGreaterThanOrEqualTo(1);

		CaseSummary current = caseQueue.byReference(ref, coordinator);
		assertThat(caseWorkflow.actions(ref, coordinator)).contains(CaseAction.ESCALATE);
		CaseSummary escalated = caseWorkflow.act(ref, CaseAction.ESCALATE, current.version(),
				ActionInput.notes("لا رد", "رفعت إلى الوزارة"), coordinator);
		assertThat(escalated.status()).isEqualTo(CaseStatus.ESCALATED);
		assertThat(escalated.authorityId()).isEqualTo(ministry.id());
		assertThat(Duration.between(escalated.referredAt(), escalated.dueAt())).isEqualTo(Duration.ofDays(21));
		assertThat(escalated.overdueSince()).isNull();
		assertThat(authorityScorecards.scorecard(ministry.id()).referred()).isEqualTo(1);
		// the ministry has no parent: escalation stops there
		clock.advance(Duration.ofDays(22));
		caseWorkflow.checkDeadlines();
		CaseSummary again = caseQueue.byReference(ref, coordinator);
		assertThatThrownBy(() -> caseWorkflow.act(ref, CaseAction.ESCALATE, again.version(), ActionInput.notes(null, null),
				coordinator)).isInstanceOfSatisfying(ConflictException.class,
						ex -> assertThat(ex.code()).isEqualTo("cases.escalate.no-parent"));
	}

	@Test
	void theReporterIsSealedReadByCoordinatorsOfTheGovernorateOnlyAndEveryReadIsAudited() {
		String ref = publicComplaint("سرية").summary().reference();
		assertThat(caseReporters.reporter(ref, coordinator).name()).isEqualTo("أم محمد");
		assertThatThrownBy(() -> caseReporters.reporter(ref, bethlehemCoordinator)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> caseReporters.reporter(ref, Principals.analyst())).isInstanceOf(ForbiddenException.class);
		assertThat(caseQueue.byReference(ref, Principals.analyst()).toString()).doesNotContain("أم محمد", "0599123456");
		assertThatThrownBy(() -> caseReporters.eraseReporter(ref, bethlehemCoordinator)).isInstanceOf(ForbiddenException.class);
		caseReporters.eraseReporter(ref, coordinator);
		assertThat(caseReporters.reporter(ref, coordinator)).extracting(ReporterDetails::name, ReporterDetails::phone,
				ReporterDetails::email).containsOnlyNulls();
		assertThat(caseQueue.byReference(ref, coordinator).status()).isEqualTo(CaseStatus.SUBMITTED);
	}

	@Test
	void similarOpenCasesAreSuggestedAndADuplicateFollowsItsOriginal() {
		String original = publicComplaint("غياب الطبيب عن العيادة").summary().reference();
		Filed near = caseIntake.file(new NewCase("الطبيب غائب", "المرضى ينتظرون ولا يوجد طبيب في العيادة", "50", null,
				null, "HEALTH", 31.5520, 35.1010), null, CaseSource.PUBLIC, null, null);
		Filed unrelated = caseIntake.file(new NewCase("انقطاع الكهرباء", "الكهرباء مقطوعة عن الحي كله منذ يومين", "50",
				null, null, "ELECTRICITY", 31.9, 35.2), null, CaseSource.PUBLIC, null, null);
		assertThat(similarCases.similar(near.summary().reference(), coordinator)).extracting(SimilarCase::reference)
			.contains(original)
			.doesNotContain(unrelated.summary().reference());

		CaseSummary dup = caseWorkflow.act(near.summary().reference(), CaseAction.MARK_DUPLICATE, 0,
				new ActionInput(null, null, original, null, null, null, null), coordinator);
		assertThat(dup.status()).isEqualTo(CaseStatus.DUPLICATE);
		assertThat(caseQueue.duplicatesOf(caseQueue.byReference(original, coordinator).id())).extracting(CaseSummary::reference)
			.containsExactly(near.summary().reference());
	}

	@Test
	void theReporterAddsInformationThroughTheTrackingLink() {
		Filed filed = publicComplaint("معلومات");
		String ref = filed.summary().reference();
		caseWorkflow.act(ref, CaseAction.REQUEST_INFO, 0, ActionInput.notes(null, "ما اسم العيادة؟"), coordinator);
		CaseSummary back = caseIntake.addInformation(filed.trackingToken(), "عيادة الشيوخ الحكومية");
		assertThat(back.status()).isEqualTo(CaseStatus.SUBMITTED);
		assertThat(caseQueue.timeline(ref, coordinator)).extracting(CaseEventView::step)
			.containsExactly("FILED", "REQUEST_INFO", "PROVIDE_INFO");
	}

	@Test
	void aVisitRequestFilesOnePrefilledCase() {
		Filed first = caseIntake.fileFromVisit(9001, "V-2026-ABCDEFGH", clinic.id(), "HEALTH_STAFF", "توفر الكادر", 501);
		Filed again = caseIntake.fileFromVisit(9001, "V-2026-ABCDEFGH", clinic.id(), "HEALTH_STAFF", "توفر الكادر", 501);
		assertThat(again.summary().id()).isEqualTo(first.summary().id());
		assertThat(first.summary().source()).isEqualTo(CaseSource.VISIT);
		assertThat(first.summary().facilityId()).isEqualTo(clinic.id());
		assertThat(first.summary().visitId()).isEqualTo(9001L);
		assertThat(first.summary().indicatorCode()).isEqualTo("HEALTH_STAFF");
		assertThat(first.summary().title()).contains("توفر الكادر");
	}

	@Test
	void theQueueShowsEachPersonWhatTheyMaySee() {
		RasdPrincipal monitor = Principals.monitor(601, "50");
		String mine = caseIntake.file(atClinic("لي"), null, CaseSource.STAFF, null, monitor).summary().reference();
		String publicOne = publicComplaint("عام").summary().reference();
		assertThat(caseQueue.queue(CaseQuery.all(), 0, 200, monitor).items()).extracting(CaseSummary::reference)
			.contains(mine).doesNotContain(publicOne);
		assertThat(caseQueue.queue(CaseQuery.all(), 0, 200, coordinator).items()).extracting(CaseSummary::reference)
			.contains(mine, publicOne);
		assertThat(caseQueue.queue(CaseQuery.all(), 0, 200, bethlehemCoordinator).items())
			.extracting(CaseSummary::reference).doesNotContain(mine, publicOne);
		assertThat(caseQueue.queue(new CaseQuery(Set.of(CaseStatus.VERIFIED), null, null, null, null, false, false), 0,
				200, coordinator).items()).extracting(CaseSummary::reference).doesNotContain(mine, publicOne);
		assertThat(caseQueue.dashboard(coordinator).awaitingVerification()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aCoordinatorKeepsSeeingTheCasesTheyFiledInAGovernorateTheyNoLongerCover() {
		String filed = caseIntake.file(atClinic("قبل النقل"), null, CaseSource.STAFF, null, Principals.coordinator(701, "50"))
			.summary().reference();
		String other = publicComplaint("ليست له").summary().reference();
		RasdPrincipal moved = Principals.coordinator(701, "45");
		assertThat(caseQueue.queue(CaseQuery.all(), 0, 200, moved).items()).extracting(CaseSummary::reference)
			.contains(filed).doesNotContain(other);
		assertThat(caseQueue.queue(new CaseQuery(Set.of(), "50", null, null, null, false, false), 0, 200, moved).items())
			.extracting(CaseSummary::reference).contains(filed).doesNotContain(other);
		assertThat(caseQueue.queue(new CaseQuery(Set.of(), "45", null, null, null, false, false), 0, 200, moved).items())
			.extracting(CaseSummary::reference).doesNotContain(filed, other);
	}

	@Test
	void theQueuePagesNewestFirstWithTheTotalAndOverdueKeepsToUnansweredStates() {
		List<String> filed = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			clock.advance(Duration.ofMinutes(1));
			filed.add(publicComplaint("صفحة " + i).summary().reference());
		}
		PageResult<CaseSummary> first = caseQueue.queue(CaseQuery.all(), 0, 2, coordinator);
		PageResult<CaseSummary> second = caseQueue.queue(CaseQuery.all(), 1, 2, coordinator);
		assertThat(first.items()).extracting(CaseSummary::reference).containsExactly(filed.get(4), filed.get(3));
		assertThat(second.items()).extracting(CaseSummary::reference).containsExactly(filed.get(2), filed.get(1));
		assertThat(first.totalItems()).isGreaterThanOrEqualTo(5);
		assertThat(first.totalPages()).isEqualTo((int) ((first.totalItems() + 1) / 2));
		assertThat(caseQueue.queue(new CaseQuery(Set.of(CaseStatus.SUBMITTED), null, null, null, null, true, false), 0,
				20, coordinator).totalItems()).isZero();
	}

	@Test
	void contactsAreErasedAfterRetentionOnceTheCaseCloses() {
		String ref = publicComplaint("احتفاظ").summary().reference();
		caseWorkflow.act(ref, CaseAction.REJECT, 0, ActionInput.notes(null, "خارج نطاق عملنا"), coordinator);
		clock.advance(Duration.ofDays(181));
		assertThat(caseReporters.eraseOldContacts()).isGreaterThanOrEqualTo(1);
		ReporterDetails after = caseReporters.reporter(ref, coordinator);
		assertThat(after.name()).isNull();
		assertThat(after.phone()).isNull();
		assertThat(after.email()).isNull();
	}

	@Test
	void thePublicReadsARedactedCopyTheCoordinatorReviewed() {
		Filed filed = caseIntake.file(new NewCase("غياب الطبيب", "قالت أم محمد إن الطبيب غائب، اتصلوا بها على ٠٥٩٩١٢٣٤٥٦ أو "
				+ "um@example.org. هويتها 401234567.", "50", null, clinic.id(), null, null, null),
				new ReporterDetails("أم محمد", null, null, false, false, "ar"), CaseSource.PUBLIC, null, null);
		String ref = filed.summary().reference();
		RedactedCopy proposal = casePublication.proposePublicCopy(ref, coordinator);
		assertThat(proposal.story()).doesNotContain("أم محمد", "٠٥٩٩١٢٣٤٥٦", "um@example.org", "401234567")
			.contains("الطبيب غائب");
		assertThat(proposal.removed()).contains(ps.rasd.shared.Redaction.Kind.NAME,
				ps.rasd.shared.Redaction.Kind.PHONE, ps.rasd.shared.Redaction.Kind.EMAIL,
				ps.rasd.shared.Redaction.Kind.ID_NUMBER);
		assertThatThrownBy(() -> casePublication.proposePublicCopy(ref, bethlehemCoordinator))
			.isInstanceOf(ForbiddenException.class);

		assertThatThrownBy(() -> casePublication.publication(ref, 0, ps.rasd.shared.Tier.PUBLIC, null, " ", null, coordinator))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.fields())
				.extracting(InvalidInputException.Field::field).containsExactly("publicTitle", "publicStory"));
		LocalDate today = LocalDate.now(clock);
		CaseSummary published = casePublication.publication(ref, 0, ps.rasd.shared.Tier.PUBLIC, today.plusDays(3),
				proposal.title(), proposal.story(), coordinator);
		assertThat(published.isPublic(today)).isFalse();
		assertThat(published.isPublic(today.plusDays(3))).isTrue();
		assertThat(published.publishedAt()).isNotNull();
		assertThat(published.description()).contains("أم محمد");
	}

	@Test
	void aDueDateChosenByTheCoordinatorMustBeInTheFuture() {
		String ref = publicComplaint("تاريخ").summary().reference();
		CaseSummary verified = caseWorkflow.act(ref, CaseAction.VERIFY, 0, ActionInput.notes(null, null), coordinator);
		assertThatThrownBy(() -> caseWorkflow.act(ref, CaseAction.REFER, verified.version(), new ActionInput(null,
				LocalDate.now(clock).minusDays(1), null, null, null, null, null), coordinator))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.fields().get(0).field()).isEqualTo("dueOn"));
	}
}
