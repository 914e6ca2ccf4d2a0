package ps.rasd.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.forms.FormSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.network.GroupSummary;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.PersonDetails;
import ps.rasd.network.PersonSummary;
import ps.rasd.network.Segments;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.Principals;
import ps.rasd.support.QuizFixtures;

/**
 * Invitations with replies, and what follows an activity: follow-up actions, photos with consent, the feedback survey
 * and a training's tests filled through the personal link. On H2, and on PostgreSQL in {@link PostgresFollowUpTests}.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class FollowUpTests {

	static final Locale AR = Locale.forLanguageTag("ar");

	@Autowired
	ActivitiesManagement activities;

	@Autowired
	Registrations registrations;

	@Autowired
	Invitations invitations;

	@Autowired
	FollowUps followUps;

	@Autowired
	Surveys surveys;

	@Autowired
	Trainings trainings;

	@Autowired
	NetworkManagement network;

	@Autowired
	Segments segments;

	@Autowired
	FormsManagement forms;

	@Autowired
	JdbcClient jdbc;

	final RasdPrincipal hebron = Principals.coordinator(701, "50");

	ActivitySummary activity(String kind, int capacity, Instant start) {
		ActivitySummary a = activities.create(ActivityDetails.of(kind, "لقاء حواري حول المشاركة", "50", capacity), hebron);
		activities.addSession(a.id(), start, start.plus(3, ChronoUnit.HOURS), hebron);
		return activities.move(a.id(), activities.activity(a.id(), hebron).version(), ActivityStatus.OPEN, hebron);
	}

	PersonSummary person(String name, String email) {
		return network.create(PersonDetails.named(name, "50").withContacts(null, email), hebron);
	}

	long mails(String to, String kind) {
		return jdbc.sql("select count(*) from notifications_outbox where recipient = ? and kind = ?").params(to, kind)
			.query(Long.class).single();
	}

	String invitationToken(long activityId, String email) {
		return jdbc.sql("select token from activities_invitation where activity_id = ? and email = ?")
			.params(activityId, email).query(String.class).single();
	}

	@Test
	void invitationsToAGroupAreMailedAndTheirRepliesCountedAndAcceptingRegistersWithTheWaitingList() {
		ActivitySummary a = activity("DIALOGUE", 1, Instant.now().plus(4, ChronoUnit.DAYS));
		GroupSummary group = segments.create("طلبة جامعة الخليل", null, hebron);
		for (String[] p : new String[][] { { "هبة النتشة", "hiba@example.org" }, { "معاذ الجعبري", "muath@example.org" },
				{ "آية أبو سنينة", "aya@example.org" }, { "بلا بريد", null } }) {
			segments.add(group.id(), person(p[0], p[1]).id(), hebron);
		}

		assertThat(invitations.invite(a.id(), group.id(), AR, hebron)).isEqualTo(3);
		assertThat(invitations.invite(a.id(), group.id(), AR, hebron)).as("nobody is invited twice").isZero();
		assertThat(mails("hiba@example.org", "activities.invitation")).isEqualTo(1);
		assertThat(invitations.counts(a.id(), hebron)).isEqualTo(new InvitationCounts(3, 0, 0));

		String hiba = invitationToken(a.id(), "hiba@example.org");
		String muath = invitationToken(a.id(), "muath@example.org");
		assertThatThrownBy(() -> invitations.accept(hiba, false)).isInstanceOf(InvalidInputException.class);
		RegistrationSummary first = invitations.accept(hiba, true);
		RegistrationSummary second = invitations.accept(muath, true);
		invitations.decline(invitationToken(a.id(), "aya@example.org"));

		assertThat(first.status()).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(second.status()).as("the activity is full: the waiting list").isEqualTo(RegistrationStatus.WAITING);
		assertThat(invitations.accept(hiba, true).id()).as("accepting twice is one registration").isEqualTo(first.id());
		assertThat(mails("hiba@example.org", "activities.registration")).isGreaterThanOrEqualTo(1);
		InvitationCounts counts = invitations.counts(a.id(), hebron);
		assertThat(counts).isEqualTo(new InvitationCounts(3, 2, 1));
		assertThat(counts.noAnswer()).isZero();

		invitations.decline(hiba);
		assertThat(registrations.byToken(first.token()).status()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(registrations.byToken(second.token()).status()).as("the first waiting takes the seat")
			.isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(invitations.invitation(hiba).orElseThrow().reply()).isEqualTo("DECLINED");
	}

	@Test
	void followUpActionsHaveAnOwnerOfTheNetworkADueDayAndADoneMark() {
		ActivitySummary a = activity("DECISION_MAKERS", 10, Instant.now().minus(2, ChronoUnit.DAYS));
		PersonSummary owner = person("نسرين التميمي", null);
		LocalDate due = LocalDate.now().plusDays(14);

		FollowUp f = followUps.addAction(a.id(), "إرسال التوصيات إلى البلدية", "نسرين التميمي", due, hebron);
		f = followUps.addAction(a.id(), "متابعة الرد", String.valueOf(owner.id().value()), due.plusDays(7), hebron);

		assertThat(f.actions()).extracting(FollowUpAction::ownerPersonId).containsOnly(owner.id().value());
		assertThat(f.actions()).extracting(FollowUpAction::dueOn).containsExactly(due, due.plusDays(7));
		assertThatThrownBy(() -> followUps.addAction(a.id(), "x", "لا أحد بهذا الاسم أبدا", due, hebron))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.fields())
				.anySatisfy(field -> assertThat(field.code()).isEqualTo("activities.action.owner-unknown")));
		long id = f.actions().get(0).id();
		assertThat(followUps.actionDone(a.id(), id, true, hebron).actions().get(0).doneAt()).isNotNull();
		assertThat(followUps.actionDone(a.id(), id, false, hebron).actions().get(0).doneAt()).isNull();
		assertThatThrownBy(() -> followUps.addAction(a.id(), "x", "نسرين التميمي", due, Principals.coordinator(702, "45")))
			.as("another governorate's coordinator").isNotInstanceOf(InvalidInputException.class);
	}

	@Test
	void photosAppearOnThePublicReportOnlyWithTheAttendeesConsent() throws IOException {
		ActivitySummary a = activity("WORKSHOP", 10, Instant.now().minus(2, ChronoUnit.DAYS));
		long photo = followUps.addPhoto(a.id(), new ByteArrayInputStream(png()), hebron);
		activities.report(a.id(), "توصيات", "عُقدت الورشة بمشاركة واسعة.", hebron);

		assertThat(followUps.followUp(a.id(), hebron).photoIds()).containsExactly(photo);
		assertThat(followUps.publicPhotos(a.id())).as("no consent recorded").isEmpty();
		assertThatThrownBy(() -> followUps.publicPhoto(a.id(), photo)).isInstanceOf(DomainException.class);

		followUps.settings(a.id(), null, true, hebron);
		assertThat(followUps.publicPhotos(a.id())).containsExactly(photo);
		assertThat(followUps.publicPhoto(a.id(), photo).readAllBytes()).isNotEmpty();
		assertThatThrownBy(() -> followUps.addPhoto(a.id(), new ByteArrayInputStream("%PDF-1.4 not a photo".getBytes()),
				hebron)).isInstanceOf(DomainException.class);
	}

	@Test
	void theFeedbackSurveyGoesToAttendeesThroughTheirPersonalLinkAndItsAnswersAreCounted() {
		ActivitySummary a = activity("WORKSHOP", 10, Instant.now().minus(2, ChronoUnit.DAYS));
		FormSummary quiz = QuizFixtures.publishedQuiz(forms);
		RegistrationSummary came = registrations.register(a.id(), new RegistrationForm("ديما قواسمة", null,
				"dima@example.org", "F", "18-24", "50", null, true), AR).registration();
		RegistrationSummary absent = registrations.register(a.id(), new RegistrationForm("قيس شاور", null,
				"qais@example.org", "M", "18-24", "50", null, true), AR).registration();
		activities.checkIn(a.id(), a.sessions().get(0).id(), came.code(), hebron);
		assertThatThrownBy(() -> surveys.send(a.id(), SurveyStage.FEEDBACK, hebron))
			.hasFieldOrPropertyWithValue("code", "activities.survey.no-form");
		followUps.settings(a.id(), quiz.id(), false, hebron);

		assertThat(surveys.send(a.id(), SurveyStage.FEEDBACK, hebron)).isEqualTo(1);
		assertThat(mails("dima@example.org", "activities.survey")).isEqualTo(1);
		assertThat(mails("qais@example.org", "activities.survey")).isZero();
		assertThatThrownBy(() -> surveys.form(absent.token(), SurveyStage.FEEDBACK))
			.hasFieldOrPropertyWithValue("code", "activities.survey.not-for-you");

		assertThat(surveys.answer(came.token(), SurveyStage.FEEDBACK, Map.of("sample", "random")).valid())
			.as("a required answer is missing").isFalse();
		assertThat(surveys.answer(came.token(), SurveyStage.FEEDBACK, QuizFixtures.right()).valid()).isTrue();
		assertThatThrownBy(() -> surveys.answer(came.token(), SurveyStage.FEEDBACK, QuizFixtures.half()))
			.hasFieldOrPropertyWithValue("code", "activities.survey.answered");
		assertThat(surveys.form(came.token(), SurveyStage.FEEDBACK)).as("answered: nothing more to fill").isEmpty();

		SurveyCounts counts = surveys.counts(a.id(), SurveyStage.FEEDBACK, hebron);
		assertThat(counts.asked()).isEqualTo(1);
		assertThat(counts.answered()).isEqualTo(1);
		assertThat(counts.choices()).containsEntry("sample", Map.of("random", 1L));
		assertThat(surveys.send(a.id(), SurveyStage.FEEDBACK, hebron)).as("those who answered are not asked again")
			.isZero();
	}

	@Test
	void aTrainingsPreAndPostTestsAreFilledThroughThePersonalLinkAndScoredByTheForm() {
		ActivitySummary a = activity("TRAINING", 10, Instant.now().plus(1, ChronoUnit.DAYS));
		FormSummary quiz = QuizFixtures.publishedQuiz(forms);
		trainings.define(a.id(), "monitoring methodology", quiz.id(), quiz.id(), hebron);
		RegistrationSummary one = registrations.register(a.id(), new RegistrationForm("سلمى الرجبي", null,
				"salma@example.org", "F", "18-24", "50", null, true), AR).registration();
		RegistrationSummary two = registrations.register(a.id(), new RegistrationForm("يزن دويك", null,
				"yazan@example.org", "M", "25-29", "50", null, true), AR).registration();

		assertThat(surveys.send(a.id(), SurveyStage.PRE, hebron)).isEqualTo(2);
		surveys.answer(one.token(), SurveyStage.PRE, QuizFixtures.half());
		surveys.answer(two.token(), SurveyStage.PRE, QuizFixtures.half());
		assertThatThrownBy(() -> surveys.form(one.token(), SurveyStage.POST)).as("the post-test is for attendees")
			.hasFieldOrPropertyWithValue("code", "activities.survey.not-for-you");
		activities.checkIn(a.id(), a.sessions().get(0).id(), one.code(), hebron);
		activities.checkIn(a.id(), a.sessions().get(0).id(), two.code(), hebron);
		surveys.answer(one.token(), SurveyStage.POST, QuizFixtures.right());
		surveys.answer(two.token(), SurveyStage.POST, QuizFixtures.half());

		TrainingSummary t = trainings.training(a.id(), hebron).orElseThrow();
		assertThat(t.scores()).extracting(TrainingSummary.Score::change).containsExactlyInAnyOrder(50.0, 0.0);
		assertThat(t.averagePre()).isEqualTo(50.0);
		assertThat(t.averagePost()).isEqualTo(75.0);
		assertThat(t.improvement()).isEqualTo(25.0);
		assertThat(surveys.counts(a.id(), SurveyStage.POST, hebron).averageScore()).isEqualTo(75.0);
	}

	static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0xff0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
