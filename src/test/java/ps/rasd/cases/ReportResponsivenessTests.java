package ps.rasd.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.registry.AuthorityDetails;
import ps.rasd.registry.AuthorityKind;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.FacilityDetails;
import ps.rasd.registry.FacilityStatus;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;
import ps.rasd.shared.spi.ReportFigures;
import ps.rasd.support.MovableClock;
import ps.rasd.support.Principals;

/**
 * The authority responsiveness of a periodic report counts the referrals made within the report's period, with the
 * replies as they stood at its end: a report on January does not change when a case is referred in March.
 */
@SpringBootTest(properties = "rasd.test.context=cases")
@ActiveProfiles("test")
@Import(MovableClock.Config.class)
@Transactional
class ReportResponsivenessTests {

	@Autowired
	CaseIntake caseIntake;

	@Autowired
	CaseWorkflow caseWorkflow;

	@Autowired
	CasePublication casePublication;

	@Autowired
	CaseQueue caseQueue;

	@Autowired
	AuthorityScorecards authorityScorecards;

	@Autowired
	RegistryManagement registry;

	@Autowired
	ReportFigures figures;

	@Autowired
	MovableClock clock;

	private final RasdPrincipal coordinator = Principals.coordinator("50");

	private AuthoritySummary directorate;

	private FacilitySummary clinic;

	@BeforeEach
	void authorityAndFacility() {
		var admin = Principals.admin();
		directorate = registry.createAuthority(new AuthorityDetails(null, AuthorityKind.DIRECTORATE,
				new LocalizedText("مديرية صحة دورا", "Dura Health Directorate"), "50", "HEALTH", null, null, null, 10),
				admin);
		clinic = registry.createFacility(new FacilityDetails(new LocalizedText("عيادة دورا", null),
				"PRIMARY_HEALTH_CENTRE", directorate.id(), "50", null, 31.5, 35.0, null, FacilityStatus.OPEN), admin);
	}

	/** Files, verifies, refers to the directorate and publishes a case now; returns it. */
	private CaseSummary referredAndPublished(String title) {
		CaseSummary filed = caseIntake.file(new NewCase(title, "وصف المشكلة في العيادة بالتفصيل", null, null, clinic.id(),
				null, null, null), null, CaseSource.STAFF, null, coordinator).summary();
		CaseSummary verified = caseWorkflow.act(filed.reference(), CaseAction.VERIFY, filed.version(),
				ActionInput.notes(null, null), coordinator);
		CaseSummary referred = caseWorkflow.act(filed.reference(), CaseAction.REFER, verified.version(),
				new ActionInput(directorate.id(), null, null, null, null, null, null), coordinator);
		return casePublication.publication(filed.reference(), referred.version(), Tier.PUBLIC, null, title, title, coordinator);
	}

	private ReportFigures.Responsiveness directorate(LocalDate from, LocalDate to) {
		return figures.collect(new ReportFigures.Scope(from, to, "50", null)).authorities().stream()
			.filter(a -> a.name().ar().equals("مديرية صحة دورا"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void eachPeriodCountsOnlyItsOwnReferrals() {
		clock.set(Instant.parse("2026-01-10T08:00:00Z"));
		CaseSummary january = referredAndPublished("انقطاع الكهرباء في العيادة");
		clock.advance(java.time.Duration.ofDays(2));
		caseWorkflow.act(january.reference(), CaseAction.REPLY_ACKNOWLEDGED, caseQueue.byReference(january.reference(),
				coordinator).version(), ActionInput.notes(null, null), coordinator);
		clock.set(Instant.parse("2026-03-10T08:00:00Z"));
		referredAndPublished("نقص الأدوية في العيادة");
		clock.set(Instant.parse("2026-04-05T08:00:00Z"));

		ReportFigures.Responsiveness inJanuary = directorate(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
		assertThat(inJanuary.referred()).isEqualTo(1);
		assertThat(inJanuary.replied()).isEqualTo(1);
		assertThat(inJanuary.overdue()).isZero();
		assertThat(inJanuary.medianDaysToReply()).isEqualTo(2.0);

		ReportFigures.Responsiveness inMarch = directorate(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
		assertThat(inMarch.referred()).isEqualTo(1);
		assertThat(inMarch.replied()).isZero();
		assertThat(inMarch.overdue()).as("due on 20 March, unanswered at the end of March").isEqualTo(1);
		assertThat(inMarch.medianDaysToReply()).isNull();

		assertThat(authorityScorecards.scorecard(directorate.id()).referred()).as("the public scorecard covers all time")
			.isEqualTo(2);
	}

	@Test
	void aReplyAfterThePeriodIsNotCountedInIt() {
		clock.set(Instant.parse("2026-01-25T08:00:00Z"));
		CaseSummary late = referredAndPublished("تسرب المياه في العيادة");
		clock.set(Instant.parse("2026-02-10T08:00:00Z"));
		caseWorkflow.act(late.reference(), CaseAction.REPLY_ACKNOWLEDGED, caseQueue.byReference(late.reference(), coordinator)
			.version(), ActionInput.notes(null, null), coordinator);

		ReportFigures.Responsiveness inJanuary = directorate(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
		assertThat(inJanuary.referred()).isEqualTo(1);
		assertThat(inJanuary.replied()).as("the reply came in February").isZero();
		assertThat(directorate(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28)).replied()).isEqualTo(1);
	}
}
