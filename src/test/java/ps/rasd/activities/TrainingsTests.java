package ps.rasd.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.forms.FormSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.monitoring.RoundPlanning;
import ps.rasd.monitoring.RoundSummary;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.PersonDetails;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.MonitoringFixtures;
import ps.rasd.support.Principals;

/** Trainings: pre/post scores compared, completion marks a person trained, and the training a scorecard requires. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class TrainingsTests {

	@Autowired
	ActivitiesManagement activities;

	@Autowired
	Registrations registrations;

	@Autowired
	Certificates certificates;

	@Autowired
	Trainings trainings;

	@Autowired
	NetworkManagement network;

	@Autowired
	IdentityManagement identity;

	@Autowired
	RoundPlanning planning;

	@Autowired
	FormsManagement forms;

	@Autowired
	RegistryManagement registry;

	final RasdPrincipal hebron = Principals.coordinator(601, "50");

	ActivitySummary training(String subject) {
		ActivitySummary a = activities.create(ActivityDetails.of("TRAINING", "دورة منهجية الرقابة الصحية", "50", 20),
				hebron);
		Instant day = Instant.now().minus(2, ChronoUnit.DAYS);
		activities.addSession(a.id(), day, day.plus(4, ChronoUnit.HOURS), hebron);
		trainings.define(a.id(), subject, null, null, hebron);
		return activities.move(a.id(), activities.activity(a.id(), hebron).version(), ActivityStatus.OPEN, hebron);
	}

	RegistrationSummary register(ActivitySummary a, String name, String phone) {
		return registrations.register(a.id(), new RegistrationForm(name, phone, null, "F", "18-24", "50", null, true),
				Locale.forLanguageTag("ar")).registration();
	}

	@Test
	void preAndPostScoresAreComparedPerParticipantAndPerTraining() {
		ActivitySummary a = training("health monitoring");
		RegistrationSummary one = register(a, "ليلى الخطيب", "0599710001");
		RegistrationSummary two = register(a, "سارة عودة", "0599710002");
		trainings.score(a.id(), one.id(), false, 40, hebron);
		trainings.score(a.id(), one.id(), true, 80, hebron);
		trainings.score(a.id(), two.id(), false, 60, hebron);
		trainings.score(a.id(), two.id(), true, 70, hebron);
		trainings.score(a.id(), two.id(), true, 75, hebron);
		TrainingSummary t = trainings.training(a.id(), hebron).orElseThrow();
		assertThat(t.scores()).extracting(TrainingSummary.Score::change).containsExactlyInAnyOrder(40.0, 15.0);
		assertThat(t.averagePre()).isEqualTo(50.0);
		assertThat(t.averagePost()).isEqualTo(77.5);
		assertThat(t.improvement()).isEqualTo(27.5);
		assertThatThrownBy(() -> trainings.score(a.id(), one.id(), true, 101, hebron))
			.hasFieldOrPropertyWithValue("code", "activities.training.score-invalid");
		assertThat(trainings.training(a.id(), Principals.analyst()).orElseThrow().scores()).as("no names for analysts")
			.isEmpty();
	}

	@Test
	void anUntrainedMonitorIsNotAssignedAScorecardThatRequiresATraining() {
		FacilitySummary clinic = MonitoringFixtures.hebronHealthCentre(registry);
		FormSummary form = MonitoringFixtures.publishedHealthForm(forms);
		AccountSummary monitor = AccountFixtures.hebronMonitor(identity);
		var person = network.create(PersonDetails.named("رهف حماد", "50").withContacts("0599720001", null), hebron);
		network.linkAccount(person.id(), monitor.id(), Principals.admin());
		trainings.require(form.id(), "health monitoring", Principals.admin());
		RoundSummary round = planning.create(new LocalizedText("جولة", null), form.id(), Set.of("50"), LocalDate.now(),
				LocalDate.now().plusDays(30), Principals.coordinator("50"));

		assertThatThrownBy(() -> planning.assign(round.id(), monitor.id(), List.of(clinic.id()),
				LocalDate.now().plusDays(7), Principals.coordinator("50")))
			.isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "activities.training.required");

		ActivitySummary a = training("health monitoring");
		RegistrationSummary r = register(a, "رهف حماد", "0599720001");
		activities.checkIn(a.id(), a.sessions().get(0).id(), r.code(), hebron);
		activities.move(a.id(), activities.activity(a.id(), hebron).version(), ActivityStatus.HELD, hebron);
		certificates.issue(a.id(), hebron);

		assertThat(trainings.subjectsOf(person.id().value())).containsExactly("health monitoring");
		assertThat(planning.assign(round.id(), monitor.id(), List.of(clinic.id()), LocalDate.now().plusDays(7),
				Principals.coordinator("50"))).isEqualTo(1);
	}
}
