package ps.rasd.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.forms.FormSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.MonitoringFixtures;
import ps.rasd.support.Principals;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class RoundPlanningTests {

	@Autowired
	RoundPlanning planning;

	@Autowired
	MonitoringManagement monitoring;

	@Autowired
	RegistryManagement registry;

	@Autowired
	FormsManagement forms;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	private FacilitySummary clinic;

	private FormSummary form;

	private AccountSummary monitor;

	private final LocalDate today = LocalDate.now();

	@BeforeEach
	void setUp() {
		clinic = MonitoringFixtures.hebronHealthCentre(registry);
		form = MonitoringFixtures.publishedHealthForm(forms);
		monitor = AccountFixtures.hebronMonitor(identity);
	}

	private RasdPrincipal principal(AccountSummary account) {
		return (RasdPrincipal) users.loadUserByUsername(account.username());
	}

	private RoundSummary round() {
		return planning.create(new LocalizedText("جولة الاختبار", null), form.id(), Set.of("50"), today,
				today.plusDays(30), Principals.coordinator("50"));
	}

	@Test
	void aMonitorDoesTheVisitAssignedAndTheAssignmentIsDone() {
		RoundSummary round = round();
		assertThat(planning.assign(round.id(), monitor.id(), List.of(clinic.id()), today.plusDays(7),
				Principals.coordinator("50"))).isEqualTo(1);
		assertThat(planning.assign(round.id(), monitor.id(), List.of(clinic.id()), today.plusDays(7),
				Principals.coordinator("50"))).as("assigning again adds nothing").isZero();
		AssignmentSummary assignment = planning.open(principal(monitor)).get(0);
		assertThat(assignment.facilityId()).isEqualTo(clinic.id());

		VisitSummary visit = monitoring.startAssigned(assignment.id(), "k-1", principal(monitor));
		assertThat(monitoring.startAssigned(assignment.id(), "k-2", principal(monitor)).id()).isEqualTo(visit.id());
		monitoring.submit(visit.id(), MonitoringFixtures.goodHealthAnswers(), principal(monitor));
		assertThat(planning.open(principal(monitor))).isEmpty();
		assertThat(planning.assignments(round.id(), Principals.coordinator("50"))).singleElement()
			.satisfies(a -> assertThat(a.status()).isEqualTo("DONE"));
	}

	@Test
	void aCoordinatorPlansOnlyInTheirGovernorates() {
		assertThatThrownBy(() -> planning.create(new LocalizedText("جولة", null), form.id(), Set.of("45"), today,
				today.plusDays(3), Principals.coordinator("50"))).isInstanceOf(ForbiddenException.class);
		RoundSummary round = round();
		assertThatThrownBy(() -> planning.assign(round.id(), monitor.id(), List.of(clinic.id()), today,
				Principals.coordinator("45"))).as("another governorate's round is not theirs to see")
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aRoundIsReadOnlyByThoseOfItsGovernoratesAndTheAnalysts() {
		RoundSummary round = round();
		assertThat(planning.round(round.id(), Principals.coordinator("50")).id()).isEqualTo(round.id());
		assertThat(planning.round(round.id(), Principals.of("analyst", "ANALYST")).id()).isEqualTo(round.id());
		assertThat(planning.rounds(Principals.coordinator("45"))).extracting(RoundSummary::id)
			.doesNotContain(round.id());
		assertThatThrownBy(() -> planning.round(round.id(), Principals.coordinator("45")))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> planning.assignments(round.id(), Principals.coordinator("45")))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aMonitorOfAnotherGovernorateCannotBeGivenTheFacility() {
		AccountSummary bethlehem = identity.createWithPassword(AccountFixtures.uniqueName("bm"),
				new AccountDetails("راصدة بيت لحم", null, EnumSet.of(Role.MONITOR), Set.of("45")),
				AccountFixtures.PASSWORD);
		RoundSummary round = round();
		assertThatThrownBy(() -> planning.assign(round.id(), bethlehem.id(), List.of(clinic.id()), today,
				Principals.coordinator("50"))).isInstanceOf(DomainException.class)
			.hasMessage("monitoring.assignment.outside-scope");
	}

	@Test
	void aRoundNeedsGovernoratesAndAPeriodThatEndsAfterItStarts() {
		assertThatThrownBy(() -> planning.create(new LocalizedText("جولة", null), form.id(), Set.of(), today, today,
				Principals.admin())).hasMessage("monitoring.round.governorates-required");
		assertThatThrownBy(() -> planning.create(new LocalizedText("جولة", null), form.id(), Set.of("50"), today,
				today.minusDays(1), Principals.admin())).hasMessage("monitoring.round.dates");
	}

	@Test
	void anAssignmentPastItsDueDateIsOverdue() {
		assertThat(new AssignmentSummary(1, 1, 1, 1, "50", today.minusDays(1), "OPEN", null).overdue(today)).isTrue();
		assertThat(new AssignmentSummary(1, 1, 1, 1, "50", today.minusDays(1), "DONE", 5L).overdue(today)).isFalse();
	}
}
