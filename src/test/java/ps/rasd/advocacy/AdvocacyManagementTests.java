package ps.rasd.advocacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ps.rasd.advocacy.internal.CitationFigures;
import ps.rasd.advocacy.internal.CommitmentReminders;
import ps.rasd.cases.ActionInput;
import ps.rasd.cases.CaseAction;
import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CasePublication;
import ps.rasd.cases.CaseQueue;
import ps.rasd.cases.CaseWorkflow;
import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.OrganisationKind;
import ps.rasd.network.PersonDetails;
import ps.rasd.notifications.MailOutbox;
import ps.rasd.polls.PollFieldwork;
import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollPublication;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.Formats;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.spi.PdfRenderer;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.MovableClock;
import ps.rasd.support.PdfChecks;
import ps.rasd.support.Principals;

@SpringBootTest
@ActiveProfiles("test")
@Import(MovableClock.Config.class)
@Transactional
class AdvocacyManagementTests {

	private static final Locale AR = Locale.forLanguageTag("ar");

	@Autowired
	CitationFigures citationFigures;

	@Autowired
	AdvocacyManagement tracker;

	@Autowired
	CampaignManagement campaigns;

	@Autowired
	EvidenceBase evidence;

	@Autowired
	PositionPapers papers;

	@Autowired
	Commitments commitments;

	@Autowired
	CommitmentReminders reminders;

	@Autowired
	RegistryManagement registry;

	@Autowired
	NetworkManagement network;

	@Autowired
	IdentityManagement identity;

	@Autowired
	MailOutbox outbox;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	CasePublication publication;

	@Autowired
	CaseQueue queue;

	@Autowired
	PollManagement polls;

	@Autowired
	FormsManagement forms;

	@Autowired
	PollFieldwork fieldwork;

	@Autowired
	PollPublication pollPublication;

	@Autowired
	PdfRenderer pdf;

	@Autowired
	MovableClock clock;

	@Autowired
	DecisionMakers decisionMakers;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	private final RasdPrincipal analyst = Principals.analyst();

	@Test
	void anInstrumentIsTrackedThroughItsStagesWithItsPositionPartnersAndOfficialText() {
		InstrumentView made = tracker.create(AdvocacyFixtures.decreeLaw("decree-" + System.nanoTime()), false, analyst);
		assertThat(made.published()).isFalse();
		assertThat(tracker.readable(made.slug(), null)).isEmpty();
		assertThat(tracker.readable(made.slug(), analyst)).isPresent();

		LocalDate today = LocalDate.ofInstant(clock.instant(), ps.rasd.shared.Formats.ZONE);
		tracker.addStage(made.id(), "DRAFTED", today.minusDays(40), "الجريدة الرسمية، العدد ١٢", null, analyst);
		tracker.addStage(made.id(), "CONSULTATION", today.minusDays(3), "https://example.org/news/1", "جلسة", analyst);
		assertThatThrownBy(() -> tracker.addStage(made.id(), "ADOPTED", today.plusDays(5), "", null, analyst))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.fields())
				.extracting(InvalidInputException.Field::field).containsExactly("onDate", "source"));
		assertThat(tracker.stages(made.id())).extracting(StageView::stage).containsExactly("DRAFTED", "CONSULTATION");

		var org = network.createOrganisation("جمعية المياه للجميع", "Water for All", OrganisationKind.PARTNER, "50", null,
				null, null, null, Principals.admin());
		tracker.signOn(made.id(), org.id().value(), analyst);
		assertThat(tracker.partners(made.id())).extracting(Partner::nameAr).containsExactly("جمعية المياه للجميع");

		byte[] text = pdf.render("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" dir=\"rtl\"><head>"
				+ "<meta charset=\"utf-8\"/><style>body { font-family: 'Rasd Arabic'; }</style></head>"
				+ "<body><p>المادة الأولى: تحدد تعرفة المياه للأسر في المخيمات.</p></body></html>", true);
		tracker.upload(made.id(), new ByteArrayInputStream(text), analyst);
		assertThat(tracker.text(made.id())).contains("تعرفة", "المخيمات");
		assertThatThrownBy(() -> tracker.upload(made.id(), new ByteArrayInputStream("<html/>".getBytes()), analyst))
			.isInstanceOf(DomainException.class);

		InstrumentView published = tracker.publish(made.id(), true, analyst);
		assertThat(published.stage()).isEqualTo("CONSULTATION");
		assertThat(published.stageOn()).isEqualTo(today.minusDays(3));
		assertThat(ids(new InstrumentQuery("WATER", "CONSULTATION", Stance.AMEND, null), null)).contains(made.id());
		assertThat(ids(new InstrumentQuery("HEALTH", null, null, null), null)).contains(made.id());
		assertThat(ids(new InstrumentQuery("EDUCATION", null, null, null), null)).doesNotContain(made.id());
		assertThat(ids(new InstrumentQuery(null, "DRAFTED", null, null), null)).doesNotContain(made.id());
		assertThat(ids(new InstrumentQuery(null, null, Stance.OPPOSE, null), null)).doesNotContain(made.id());
	}

	@Test
	void theListsOfKindsAndStagesAreEditableAndOnlyTheirEntriesAreAccepted() {
		assertThatThrownBy(() -> tracker.create(draftOfKind("BYLAW"), false, analyst))
			.isInstanceOf(InvalidInputException.class);
		tracker.saveTerm(TermList.KIND, "bylaw", "نظام داخلي", "By-law", Principals.admin());
		assertThat(tracker.terms(TermList.KIND)).extracting(Term::code).contains("LAW", "DECREE_LAW", "BUDGET_LINE", "BYLAW");
		assertThat(tracker.create(draftOfKind("BYLAW"), false, analyst).kind()).isEqualTo("BYLAW");
		assertThatThrownBy(() -> tracker.saveTerm(TermList.STAGE, "x y", "", null, analyst))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void onlyTheAdvocacyTeamWrites() {
		for (RasdPrincipal outsider : List.of(Principals.monitor(9, "50"), Principals.partner(9),
				Principals.documenter(9, "50"))) {
			assertThatThrownBy(() -> tracker.create(AdvocacyFixtures.decreeLaw("x-" + System.nanoTime()), false,
					outsider)).isInstanceOf(ForbiddenException.class);
			assertThatThrownBy(() -> campaigns.create(AdvocacyFixtures.waterCampaign("x-" + System.nanoTime()), false,
					outsider)).isInstanceOf(ForbiddenException.class);
		}
	}

	@Test
	void aCitationKeepsItsFigureWhenCitedShowsItNowAndIsWithheldFromThePublicOnceTheCaseIsPrivate() {
		var point = AdvocacyFixtures.hebronWaterPoint(registry);
		String first = AdvocacyFixtures.publishedCase(intake, workflow, publication, point, "انقطاع المياه عن حي الحاووز");
		String second = AdvocacyFixtures.publishedCase(intake, workflow, publication, point, "ضعف ضخ المياه في الحاووز");
		var poll = AdvocacyFixtures.publishedPoll(polls, forms, fieldwork, pollPublication);
		CampaignView campaign = campaigns.create(AdvocacyFixtures.waterCampaign("water-" + System.nanoTime()), false, analyst);

		List<Citable> found = evidence.find(first, analyst, AR);
		assertThat(found).extracting(Citable::kind, Citable::ref).containsExactly(org.assertj.core.groups.Tuple
			.tuple(CitationKind.CASE, first));
		evidence.cite(campaign.id(), CitationKind.CASE, first, analyst, AR);
		evidence.cite(campaign.id(), CitationKind.CASE, second, analyst, AR);
		evidence.cite(campaign.id(), CitationKind.SCORECARD, String.valueOf(point.authorityId()), analyst, AR);
		Citation share = evidence.cite(campaign.id(), CitationKind.POLL, poll.code() + "/free_expression/yes", analyst, AR);
		assertThat(share.valueCited()).contains("٪", "±");
		assertThat(share.method()).isNotBlank();
		assertThatThrownBy(() -> evidence.cite(campaign.id(), CitationKind.CASE, "RSD-1999-000001", analyst, AR))
			.isInstanceOf(DomainException.class);

		// the case moves on: the citation keeps what it was, and shows what it is now
		var summary = queue.byReference(first, Principals.coordinator("50"));
		workflow.act(first, CaseAction.CLOSE_UNRESOLVED, summary.version(), ActionInput.notes("أغلقت", "سبب عام"),
				Principals.coordinator("50"));
		Citation firstNow = evidence.evidence(campaign.id(), analyst, AR).get(0);
		assertThat(firstNow.valueCited()).isEqualTo("تم التحقق");
		assertThat(firstNow.changed()).isTrue();

		// the scorecard of a unit with few referrals is the team's: never on the public page
		List<Citation> publicView = evidence.evidence(campaign.id(), null, AR);
		assertThat(publicView).extracting(Citation::kind).containsExactly(CitationKind.CASE, CitationKind.CASE,
				CitationKind.POLL);
		assertThat(publicView.get(0).label()).isEqualTo("انقطاع المياه عن حي الحاووز");

		// the second case is made private: withheld from the public, still there for the team
		var secondSummary = queue.byReference(second, Principals.coordinator("50"));
		publication.publication(second, secondSummary.version(), Tier.INTERNAL, null, null, null,
				Principals.coordinator("50"));
		assertThat(evidence.evidence(campaign.id(), null, AR)).extracting(Citation::ref).doesNotContain(second)
			.contains(first);
		assertThat(evidence.evidence(campaign.id(), null, AR)).extracting(Citation::number).containsExactly(1, 2);
		Citation forStaff = evidence.evidence(campaign.id(), analyst, AR).stream()
			.filter(c -> c.ref().equals(second)).findFirst().orElseThrow();
		assertThat(forStaff.publicNow()).isFalse();
		assertThat(forStaff.available()).isTrue();
		assertThat(forStaff.number()).isEqualTo(2);
	}

	@Test
	void aPaperPrintsItsCitedFiguresAsNumberedFootnotesWithThePollsMethodology() {
		var point = AdvocacyFixtures.hebronWaterPoint(registry);
		String ref = AdvocacyFixtures.publishedCase(intake, workflow, publication, point, "انقطاع المياه عن حي الحاووز");
		var poll = AdvocacyFixtures.publishedPoll(polls, forms, fieldwork, pollPublication);
		CampaignView campaign = campaigns.create(AdvocacyFixtures.waterCampaign("paper-" + System.nanoTime()), false, analyst);
		evidence.cite(campaign.id(), CitationKind.CASE, ref, analyst, AR);
		Citation share = evidence.cite(campaign.id(), CitationKind.POLL, poll.code() + "/free_expression/yes", analyst, AR);

		assertThatThrownBy(() -> papers.write(campaign.id(), new PaperDraft(PaperKind.POSITION, "ar", "ورقة",
				"نص [7]"), analyst, AR)).isInstanceOf(InvalidInputException.class);
		PaperView paper = papers.write(campaign.id(), new PaperDraft(PaperKind.POSITION, "ar", "ورقة موقف: المياه في الخليل",
				"# المشكلة\nيرى الشباب أن حرية التعبير مقيدة [2]، والمياه مقطوعة [1].\n\n# المطلوب\nجدول ضخ منشور [2]."),
				analyst, AR);
		PaperLayout layout = papers.layout(paper.id(), analyst);
		assertThat(layout.footnotes()).extracting(f -> f.citation().kind()).containsExactly(CitationKind.POLL,
				CitationKind.CASE);
		assertThat(layout.blocks()).hasSize(4);

		String text = PdfChecks.text(papers.pdf(paper.id(), analyst));
		assertThat(text).contains("المشكلة", "المطلوب", "انقطاع المياه عن حي الحاووز",
				PdfChecks.normalize(share.valueCited()).strip());
	}

	@Test
	void aCommitmentFallsOverdueIsRemindedOnceAndIsKeptOnlyWithASource() {
		var owner = identity.createWithPassword(AccountFixtures.uniqueName("advocate"), new AccountDetails("منسقة المناصرة",
				"advocate@example.org", EnumSet.of(Role.COORDINATOR), Set.of("50"), null), AccountFixtures.PASSWORD);
		RasdPrincipal advocate = Principals.coordinator(owner.id(), "50");
		var point = AdvocacyFixtures.hebronWaterPoint(registry);
		CampaignView campaign = campaigns.create(AdvocacyFixtures.waterCampaign("meet-" + System.nanoTime()), false, advocate);
		LocalDate today = LocalDate.ofInstant(clock.instant(), ps.rasd.shared.Formats.ZONE);
		MeetingView meeting = commitments.recordMeeting(campaign.id(), new MeetingDraft(today, null, "مقر الدائرة",
				point.authorityId(), null, "وفد الائتلاف", "نشر الجدول", "1", "محضر"), advocate);
		CommitmentView made = commitments.commit(meeting.id(), null, null, "مدير الدائرة", "نشر جدول الضخ",
				today.plusDays(7), advocate);
		assertThat(made.authorityId()).isEqualTo(point.authorityId());
		assertThat(made.overdue()).isFalse();
		assertThat(reminders.remind()).isZero();

		clock.advance(Duration.ofDays(7));
		assertThat(reminders.remind()).isEqualTo(1);
		assertThat(reminders.remind()).isZero();
		assertThat(outbox.countsFor("commitment-" + made.id()).values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(1);

		clock.advance(Duration.ofDays(2));
		CommitmentView late = commitments.commitments(campaign.id(), advocate).get(0);
		assertThat(late.overdue()).isTrue();
		CommitmentTally body = commitments.scorecard(campaign, advocate, AR).get(0);
		assertThat(body.made()).isEqualTo(1);
		assertThat(body.overdue()).isEqualTo(1);

		assertThatThrownBy(() -> commitments.settle(late.id(), late.version(), CommitmentStatus.KEPT, " ", advocate))
			.isInstanceOf(InvalidInputException.class);
		CommitmentView kept = commitments.settle(late.id(), late.version(), CommitmentStatus.KEPT,
				"الجدول منشور على موقع الدائرة", advocate);
		assertThat(kept.status()).isEqualTo(CommitmentStatus.KEPT);
		assertThat(kept.overdue()).isFalse();
		CommitmentTally after = commitments.scorecard(campaign, advocate, AR).get(0);
		assertThat(after.kept()).isEqualTo(1);
		assertThat(after.overdue()).isZero();
		assertThatThrownBy(() -> commitments.settle(late.id(), late.version(), CommitmentStatus.BROKEN, "خبر", advocate))
			.isInstanceOf(ps.rasd.shared.ConflictException.class);

		// public only where the campaign is published and chose to publish it, and never a count under five
		assertThat(commitments.scorecard(campaign, null, AR)).isEmpty();
		CampaignView published = campaigns.publish(campaign.id(), true, advocate);
		CommitmentTally publicRow = commitments.scorecard(published, null, AR).get(0);
		assertThat(publicRow.suppressed()).isTrue();
		assertThat(publicRow.made()).isZero();
		assertThat(publicRow.kept()).isZero();
	}

	@Test
	void aCitedFigureIsKeptAsDataAndShownInEachReadersLanguageAndDigits() {
		var poll = AdvocacyFixtures.publishedPoll(polls, forms, fieldwork, pollPublication);
		CampaignView campaign = campaigns.create(AdvocacyFixtures.waterCampaign("figure-" + System.nanoTime()), false, analyst);
		evidence.cite(campaign.id(), CitationKind.POLL, poll.code() + "/free_expression/yes", analyst, AR);

		Citation arabic = evidence.evidence(campaign.id(), analyst, AR).get(0);
		Citation english = evidence.evidence(campaign.id(), analyst, Locale.ENGLISH).get(0);
		assertThat(arabic.valueCited()).contains("٪", "±", "العينة ٦٠").doesNotContainPattern("[0-9]");
		assertThat(english.valueCited()).contains("%", "±", "(sample 60)").doesNotContainPattern("[٠-٩]");
		assertThat(english.figureCited()).isEqualTo(arabic.figureCited());
		assertThat(Figure.parse(jdbc.queryForObject("select value_data from advocacy_citation where campaign_id = ?",
				String.class, campaign.id()))).contains(arabic.figureCited());
		assertThat(english.changed()).as("the same figure read in another language has not changed").isFalse();
		assertThat(evidence.evidence(campaign.id(), null, Locale.ENGLISH).get(0).valueCited())
			.isEqualTo(english.valueCited());

		// a citation kept as Arabic text before figures were kept as data is read back and shown in English
		jdbc.update("insert into advocacy_citation (campaign_id, kind, ref, label, value_text, cited_at) values "
				+ "(?, 'POLL', ?, 'قديم', ?, ?)", campaign.id(), poll.code() + "/free_expression/no",
				"٥٧٫١٪ ± ١٢٫٥ (العينة ٦٠)", Timestamp.from(clock.instant()));
		jdbc.update("insert into advocacy_citation (campaign_id, kind, ref, label, value_text, cited_at) values "
				+ "(?, 'CASE', 'RSD-1999-000001', 'قديم', 'تم التحقق', ?)", campaign.id(),
				Timestamp.from(clock.instant()));
		jdbc.update("insert into advocacy_citation (campaign_id, kind, ref, label, value_text, cited_at) values "
				+ "(?, 'PUBLICATION', 'gone', 'قديم', 'نص لا يُقرأ', ?)", campaign.id(),
				Timestamp.from(clock.instant()));
		List<Citation> old = evidence.evidence(campaign.id(), analyst, Locale.ENGLISH);
		assertThat(old).extracting(Citation::valueCited).containsExactly(english.valueCited(),
				"57.1% ± 12.5 (sample 60)", "Verified", "نص لا يُقرأ");

		// rewritten once: the texts that can be read keep their figure as data, and nothing shown changes
		assertThat(citationFigures.rewrite()).isEqualTo(2);
		assertThat(jdbc.queryForList("select value_data from advocacy_citation where campaign_id = ? order by id",
				String.class, campaign.id())).extracting(json -> json != null).containsExactly(true, true, true, false);
		assertThat(evidence.evidence(campaign.id(), analyst, Locale.ENGLISH)).extracting(Citation::valueCited)
			.containsExactly(english.valueCited(), "57.1% ± 12.5 (sample 60)", "Verified", "نص لا يُقرأ");
		assertThat(citationFigures.rewrite()).as("nothing left to rewrite").isZero();
	}

	@Test
	void meetingsCommitmentsAndOutcomesAreCorrectedOrDeletedWhileTheirRecordMayChangeAndEachChangeIsAudited() {
		var point = AdvocacyFixtures.hebronWaterPoint(registry);
		CampaignView campaign = campaigns.create(AdvocacyFixtures.waterCampaign("edit-" + System.nanoTime()), false, analyst);
		LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
		var director = network.create(PersonDetails.named("سامر الحلبي", "50"),
				Principals.coordinator("50"));
		MeetingView meeting = commitments.recordMeeting(campaign.id(), new MeetingDraft(today, null, "مقر الدائرة",
				point.authorityId(), null, null, null, null, null), analyst);
		MeetingView moved = commitments.describeMeeting(meeting.id(), new MeetingDraft(today.minusDays(1), null,
				"مقر البلدية", point.authorityId(), String.valueOf(director.id().value()), "وفد", null, "1", null), analyst);
		assertThat(moved.place()).isEqualTo("مقر البلدية");
		assertThat(moved.people()).containsExactly(director.id().value());
		assertThat(commitments.peopleMet(campaign.id(), analyst)).extracting(p -> p.name()).containsExactly("سامر الحلبي");
		assertThatThrownBy(() -> commitments.describeMeeting(meeting.id(), new MeetingDraft(null, null, " ", null, null,
				null, null, null, null), analyst)).isInstanceOfSatisfying(InvalidInputException.class,
						ex -> assertThat(ex.fields()).extracting(InvalidInputException.Field::field)
							.containsExactly("onDate", "place"));

		CommitmentView made = commitments.commit(meeting.id(), director.id().value(), null, "المدير", "نشر الجدول",
				today.plusDays(7), analyst);
		CommitmentView changed = commitments.changeCommitment(made.id(), made.version(), director.id().value(), null,
				"مدير الدائرة", "نشر جدول الضخ", today.plusDays(14), analyst);
		assertThat(changed.dueOn()).isEqualTo(today.plusDays(14));
		assertThat(changed.maker()).isEqualTo("مدير الدائرة");
		assertThatThrownBy(() -> commitments.changeCommitment(made.id(), made.version(), null, null, "x", "y",
				today, analyst)).isInstanceOf(ConflictException.class);

		CommitmentView kept = commitments.settle(changed.id(), changed.version(), CommitmentStatus.KEPT, "موقع الدائرة",
				analyst);
		assertThatThrownBy(() -> commitments.changeCommitment(kept.id(), kept.version(), null, null, "x", "y", today,
				analyst)).isInstanceOfSatisfying(ConflictException.class,
						ex -> assertThat(ex.code()).isEqualTo("advocacy.commitment.settled"));
		assertThatThrownBy(() -> commitments.deleteCommitment(kept.id(), kept.version(), analyst))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> commitments.deleteMeeting(meeting.id(), analyst))
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.code()).isEqualTo("advocacy.meeting.settled"));

		MeetingView mistaken = commitments.recordMeeting(campaign.id(), new MeetingDraft(today, null, "خطأ", null, null,
				null, null, null, null), analyst);
		CommitmentView pending = commitments.commit(mistaken.id(), null, null, "أحد", "وعد", today, analyst);
		CommitmentView other = commitments.commit(meeting.id(), null, null, "نائب المدير", "وعد آخر", today, analyst);
		commitments.deleteCommitment(other.id(), other.version(), analyst);
		commitments.deleteMeeting(mistaken.id(), analyst);
		assertThat(commitments.meetings(campaign.id(), analyst)).extracting(MeetingView::id).containsExactly(meeting.id());
		assertThat(commitments.commitments(campaign.id(), analyst)).extracting(CommitmentView::id)
			.containsExactly(kept.id()).doesNotContain(pending.id());

		campaigns.addOutcome(campaign.id(), OutcomeKind.POLICY_ADOPTED, "نُشر الجدول", "موقع الدائرة", today, analyst);
		long outcome = campaigns.outcomes(campaign.id()).get(0).id();
		campaigns.changeOutcome(campaign.id(), outcome, OutcomeKind.SERVICE_FIXED, "انتظم الضخ", "زيارة ميدانية",
				today.minusDays(1), analyst);
		assertThat(campaigns.outcomes(campaign.id())).extracting(Outcome::kind, Outcome::text)
			.containsExactly(tuple(OutcomeKind.SERVICE_FIXED, "انتظم الضخ"));
		assertThatThrownBy(() -> campaigns.changeOutcome(campaign.id(), outcome, OutcomeKind.OTHER, "x", "",
				today, analyst)).isInstanceOf(InvalidInputException.class);
		campaigns.deleteOutcome(campaign.id(), outcome, analyst);
		assertThat(campaigns.outcomes(campaign.id())).isEmpty();

		// the entries this test's transaction would write on commit (the trail writes them just before a commit)
		String written = String.valueOf(TransactionSynchronizationManager.getResource(
				AopTestUtils.getUltimateTargetObject(audit)));
		assertThat(written).contains("advocacy.meeting.changed", "advocacy.meeting.deleted",
				"advocacy.commitment.changed", "advocacy.commitment.deleted", "advocacy.commitment.settled",
				"advocacy.outcome.changed", "advocacy.outcome.deleted");
	}

	@Test
	void decisionMakersAndBodiesAreFoundByNameForTheTeamOnly() {
		var point = AdvocacyFixtures.hebronWaterPoint(registry);
		String body = registry.authority(point.authorityId()).name().ar();
		network.create(PersonDetails.named("رنا الخطيب", "50"), Principals.coordinator("50"));

		assertThat(decisionMakers.find("رنا الخطيب", analyst, AR)).extracting(DecisionMakers.Found::kind,
				DecisionMakers.Found::name).contains(tuple(TargetKind.PERSON, "رنا الخطيب"));
		assertThat(decisionMakers.find(body, analyst, AR)).extracting(DecisionMakers.Found::kind,
				DecisionMakers.Found::id).contains(tuple(TargetKind.AUTHORITY,
						point.authorityId()));
		assertThat(decisionMakers.find("x", analyst, AR)).isEmpty();
		assertThatThrownBy(() -> decisionMakers.find("رنا", Principals.partner(9), AR))
			.isInstanceOf(ForbiddenException.class);
	}

	private InstrumentDraft draftOfKind(String kind) {
		InstrumentDraft d = AdvocacyFixtures.decreeLaw("kind-" + System.nanoTime());
		return new InstrumentDraft(d.slug(), kind, d.titleAr(), d.titleEn(), d.number(), d.issuedOn(), d.authorityId(),
				d.sectors(), d.rightsAr(), d.rightsEn(), d.summaryAr(), d.summaryEn(), d.officialUrl(), d.stance(),
				d.asksAr(), d.asksEn());
	}

	private List<Long> ids(InstrumentQuery query, RasdPrincipal viewer) {
		return tracker.list(query, viewer, 0, 100).items().stream().map(InstrumentView::id).toList();
	}
}
