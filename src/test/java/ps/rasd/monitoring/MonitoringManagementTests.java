package ps.rasd.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.forms.FormSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.registry.AuthorityDetails;
import ps.rasd.registry.AuthorityKind;
import ps.rasd.registry.FacilityDetails;
import ps.rasd.registry.FacilityStatus;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.Principals;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
@RecordApplicationEvents
@EnableScenarios
class MonitoringManagementTests {

	@Autowired
	MonitoringManagement monitoring;

	@Autowired
	RegistryManagement registry;

	@Autowired
	FormsManagement forms;

	@Autowired
	ApplicationEvents events;

	private FacilitySummary hebronClinic;

	private FormSummary form;

	private final RasdPrincipal monitor = Principals.monitor(101, "50");

	private final RasdPrincipal otherMonitor = Principals.monitor(102, "50");

	private final RasdPrincipal bethlehemMonitor = Principals.monitor(103, "45");

	private final RasdPrincipal coordinator = Principals.coordinator("50");

	@BeforeEach
	void facilityAndForm() throws IOException {
		var admin = Principals.admin();
		var authority = registry.createAuthority(new AuthorityDetails(null, AuthorityKind.DIRECTORATE,
				new LocalizedText("مديرية صحة الخليل", null), "50", "HEALTH", null, null, null, 14), admin);
		hebronClinic = registry.createFacility(new FacilityDetails(new LocalizedText("عيادة", null),
				"PRIMARY_HEALTH_CENTRE", authority.id(), "50", null, null, null, null, FacilityStatus.OPEN), admin);
		String code = "health-" + System.nanoTime();
		form = forms.importJson(code, "HEALTH", new ClassPathResource("data/demo/forms/health-centre.json")
			.getContentAsString(StandardCharsets.UTF_8), admin);
		forms.publish(form.id(), admin);
	}

	private long versionId() {
		return forms.form(form.id()).current().orElseThrow().id();
	}

	static Map<String, String> goodAnswers() {
		Map<String, String> a = new HashMap<>();
		a.put("visit_date", "2026-11-28");
		a.put("arrival_time", "08:10");
		a.put("open_on_arrival", "yes");
		a.put("wait_minutes", "10");
		a.put("essential_medicines", "none");
		a.put("missing_medicines", "insulin");
		a.put("cleanliness_rating", "5");
		a.put("toilets_working", "yes");
		a.put("staff_attitude", "5");
		a.put("doctor_present", "yes");
		a.put("ramp", "yes");
		a.put("accessible_toilet", "yes");
		return a;
	}

	@Test
	void startingTwiceWithTheSameKeyMakesOneVisit() {
		VisitSummary first = monitoring.start(hebronClinic.id(), versionId(), "key-1", monitor);
		VisitSummary again = monitoring.start(hebronClinic.id(), versionId(), "key-1", monitor);
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(monitoring.visits(null, null, hebronClinic.id(), 0, 10, monitor).totalItems()).isEqualTo(1);
	}

	@Test
	void aMonitorVisitsOnlyFacilitiesOfTheirGovernorates() {
		assertThatThrownBy(() -> monitoring.start(hebronClinic.id(), versionId(), null, bethlehemMonitor))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> monitoring.start(hebronClinic.id(), versionId(), null, Principals.analyst()))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void invalidAnswersAreKeptAsADraftAndValidOnesAreScoredAndSubmitted() {
		VisitSummary visit = monitoring.start(hebronClinic.id(), null, null, monitor);
		Map<String, String> answers = goodAnswers();
		answers.put("wait_minutes", "٩٠٠");
		VisitCheck refused = monitoring.submit(visit.id(), answers, monitor);
		assertThat(refused.valid()).isFalse();
		assertThat(refused.errors()).containsOnlyKeys("wait_minutes");
		assertThat(refused.visit().status()).isEqualTo(VisitStatus.DRAFT);
		assertThat(refused.visit().answers()).containsEntry("wait_minutes", "900");

		VisitCheck accepted = monitoring.submit(visit.id(), goodAnswers(), monitor);
		assertThat(accepted.visit().status()).isEqualTo(VisitStatus.SUBMITTED);
		assertThat(accepted.visit().scores()).containsKeys("HEALTH_WAITING", "HEALTH_MEDICINES");
		assertThat(accepted.visit().scores().get("HEALTH_MEDICINES")).isEqualByComparingTo("0");
		assertThat(accepted.visit().overallScore()).isNotNull();
		assertThat(events.stream(VisitSubmitted.class)).hasSize(1);
	}

	@Test
	void aRetriedSubmissionReturnsTheSameVisit() {
		VisitCheck first = monitoring.submitNew(hebronClinic.id(), null, goodAnswers(), "retry-1", monitor);
		VisitCheck retry = monitoring.submitNew(hebronClinic.id(), null, goodAnswers(), "retry-1", monitor);
		assertThat(retry.visit().id()).isEqualTo(first.visit().id());
		assertThat(retry.visit().status()).isEqualTo(VisitStatus.SUBMITTED);
		assertThat(events.stream(VisitSubmitted.class)).hasSize(1);
	}

	@Test
	void aVisitOnARetiredVersionCannotBeSubmitted() {
		VisitSummary visit = monitoring.start(hebronClinic.id(), versionId(), null, monitor);
		forms.startDraft(form.id(), Principals.admin());
		forms.publish(form.id(), Principals.admin());
		assertThatThrownBy(() -> monitoring.submit(visit.id(), goodAnswers(), monitor))
			.hasMessage("monitoring.visit.version-retired");
		assertThat(monitoring.visit(visit.id(), monitor).status()).isEqualTo(VisitStatus.DRAFT);
	}

	@Test
	void monitorsSeeTheirOwnVisitsAndCoordinatorsThoseOfTheirGovernorates() {
		VisitSummary mine = monitoring.start(hebronClinic.id(), null, null, monitor);
		assertThatThrownBy(() -> monitoring.visit(mine.id(), otherMonitor)).isInstanceOf(NotFoundException.class);
		assertThat(monitoring.visits(null, null, null, 0, 50, otherMonitor).items()).extracting(VisitSummary::id)
			.doesNotContain(mine.id());
		assertThat(monitoring.visit(mine.id(), coordinator).id()).isEqualTo(mine.id());
		assertThatThrownBy(() -> monitoring.visit(mine.id(), Principals.coordinator("45")))
			.isInstanceOf(NotFoundException.class);
		assertThat(monitoring.visit(mine.id(), Principals.analyst()).id()).isEqualTo(mine.id());
	}

	@Test
	void theGovernoratesCoordinatorReviewsAndOthersCannot() {
		VisitSummary visit = monitoring.submitNew(hebronClinic.id(), null, goodAnswers(), null, monitor).visit();
		assertThatThrownBy(() -> monitoring.review(visit.id(), visit.version(), ReviewDecision.APPROVE, null,
				Principals.coordinator("45"))).isInstanceOf(ForbiddenException.class);
		VisitSummary approved = monitoring.review(visit.id(), visit.version(), ReviewDecision.APPROVE, null,
				coordinator);
		assertThat(approved.status()).isEqualTo(VisitStatus.APPROVED);
		assertThat(monitoring.approvedVisits(hebronClinic.id(), coordinator)).extracting(VisitSummary::id).contains(visit.id());
		assertThat(monitoring.approvedVisits(hebronClinic.id(), Principals.coordinator("45"))).as("internal: not theirs")
			.isEmpty();
	}

	@Test
	void onlyApprovedVisitsAreSharedAndThePublicSeesScoresOnlyAfterTheEmbargo() {
		VisitSummary visit = monitoring.submitNew(hebronClinic.id(), null, goodAnswers(), null, monitor).visit();
		assertThatThrownBy(() -> monitoring.share(visit.id(), visit.version(), ps.rasd.shared.Tier.PUBLIC, null,
				coordinator)).isInstanceOf(ps.rasd.shared.ConflictException.class);
		VisitSummary approved = monitoring.review(visit.id(), visit.version(), ReviewDecision.APPROVE, null,
				coordinator);
		assertThat(monitoring.sharedVisits(hebronClinic.id(), null)).isEmpty();
		assertThatThrownBy(() -> monitoring.share(visit.id(), approved.version(), ps.rasd.shared.Tier.PUBLIC, null,
				Principals.coordinator("45"))).isInstanceOf(ForbiddenException.class);

		VisitSummary embargoed = monitoring.share(visit.id(), approved.version(), ps.rasd.shared.Tier.PUBLIC,
				java.time.Instant.now().plus(java.time.Duration.ofDays(3)), coordinator);
		assertThat(monitoring.sharedVisits(hebronClinic.id(), null)).as("held back until the embargo").isEmpty();

		VisitSummary partnersOnly = monitoring.share(visit.id(), embargoed.version(), ps.rasd.shared.Tier.PARTNERS,
				null, coordinator);
		assertThat(monitoring.sharedVisits(hebronClinic.id(), null)).isEmpty();
		assertThat(monitoring.sharedVisits(hebronClinic.id(), Principals.of("partner", "PARTNER"))).hasSize(1);

		monitoring.share(visit.id(), partnersOnly.version(), ps.rasd.shared.Tier.PUBLIC, null, coordinator);
		assertThat(monitoring.sharedVisits(hebronClinic.id(), null)).singleElement().satisfies(shared -> {
			assertThat(shared.overallScore()).isEqualTo(approved.overallScore());
			assertThat(shared.answers()).isEmpty();
			assertThat(shared.monitorId()).isZero();
			assertThat(shared.reviewComment()).isNull();
		});
	}

	@Test
	void aFailingIndicatorAsksForACaseOnce() {
		VisitSummary visit = monitoring.submitNew(hebronClinic.id(), null, goodAnswers(), null, monitor).visit();
		monitoring.requestCase(visit.id(), "HEALTH_MEDICINES", coordinator);
		monitoring.requestCase(visit.id(), "HEALTH_MEDICINES", coordinator);
		assertThat(events.stream(CaseRequested.class)).singleElement().satisfies(e -> {
			assertThat(e.facilityId()).isEqualTo(hebronClinic.id());
			assertThat(e.indicatorCode()).isEqualTo("HEALTH_MEDICINES");
			assertThat(e.score()).isEqualByComparingTo("0");
		});
		assertThat(monitoring.caseRequests(visit.id())).containsExactly("HEALTH_MEDICINES");
	}
}
