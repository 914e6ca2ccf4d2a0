package ps.rasd.activities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.activities.ActivitiesManagement;
import ps.rasd.activities.ActivityDetails;
import ps.rasd.activities.ActivityStatus;
import ps.rasd.activities.ActivitySummary;
import ps.rasd.activities.FollowUps;
import ps.rasd.activities.Invitations;
import ps.rasd.activities.RegistrationForm;
import ps.rasd.activities.RegistrationSummary;
import ps.rasd.activities.Registrations;
import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.PersonDetails;
import ps.rasd.network.Segments;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.Principals;
import ps.rasd.support.QuizFixtures;

/** The pages of invitations, surveys and what follows an activity, in Arabic and in English. */
@IntegrationTest
@Transactional
class FollowUpWebTests {

	static final Cookie EN = new Cookie("rasd-lang", "en");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	ActivitiesManagement activities;

	@Autowired
	Registrations registrations;

	@Autowired
	Invitations invitations;

	@Autowired
	FollowUps followUps;

	@Autowired
	Segments segments;

	@Autowired
	NetworkManagement network;

	@Autowired
	FormsManagement forms;

	@Autowired
	JdbcClient jdbc;

	private final RasdPrincipal hebron = Principals.coordinator(801, "50");

	private AccountSummary coordinator;

	private ActivitySummary open;

	@BeforeEach
	void activity() {
		coordinator = AccountFixtures.hebronCoordinator(identity);
		ActivitySummary a = activities.create(ActivityDetails.of("DIALOGUE", "لقاء حواري مع الشباب", "50", 1)
			.titledInEnglish("Youth dialogue"), hebron);
		Instant start = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		activities.addSession(a.id(), start, start.plus(2, ChronoUnit.HOURS), hebron);
		open = activities.move(a.id(), activities.activity(a.id(), hebron).version(), ActivityStatus.OPEN, hebron);
	}

	private RequestPostProcessor as(AccountSummary account) {
		return user(users.loadUserByUsername(account.username()));
	}

	private String invite(String name, String email) {
		var group = segments.create("مدعوون " + System.nanoTime(), null, hebron);
		segments.add(group.id(), network.create(PersonDetails.named(name, "50").withContacts(null, email), hebron).id(),
				hebron);
		invitations.invite(open.id(), group.id(), Locale.forLanguageTag("ar"), hebron);
		return jdbc.sql("select token from activities_invitation where activity_id = ? and email = ?")
			.params(open.id(), email).query(String.class).single();
	}

	@Test
	void anInvitationIsAnsweredThroughItsLinkInBothLanguagesAndShowsNothingOfThePerson() {
		String token = invite("غدير المحتسب", "ghadeer@example.org");
		assertThat(mvc.get().uri("/events/invitation/" + token).exchange()).hasStatusOk().bodyText()
			.contains("لقاء حواري مع الشباب").contains("سأحضر").doesNotContain("غدير").doesNotContain("ghadeer");
		assertThat(mvc.get().uri("/events/invitation/" + token).cookie(EN).exchange()).hasStatusOk().bodyText()
			.contains("Youth dialogue").contains("I’ll come");
		assertThat(mvc.post().uri("/events/invitation/" + token).with(csrf()).param("answer", "yes").exchange())
			.hasStatusOk().bodyText().contains("التسجيل يحتاج موافقتك");
		var accepted = mvc.post().uri("/events/invitation/" + token).with(csrf()).param("answer", "yes")
			.param("consent", "true").exchange();
		assertThat(accepted).hasStatus3xxRedirection();
		assertThat(accepted.getMvcResult().getResponse().getRedirectedUrl()).startsWith("/events/registration/");
		String other = invite("كرم الزرو", "karam@example.org");
		assertThat(mvc.post().uri("/events/invitation/" + other).cookie(EN).with(csrf()).param("answer", "no").exchange())
			.hasRedirectedUrl("/events/invitation/" + other);
		assertThat(mvc.get().uri("/events/invitation/not-a-token").exchange()).hasStatus(404);

		assertThat(mvc.get().uri("/activities/" + open.id()).with(as(coordinator)).exchange()).hasStatusOk().bodyText()
			.contains("الدعوات").contains("data-count=\"invited\">٢").contains("data-count=\"accepted\">١")
			.contains("data-count=\"declined\">١");
		assertThat(mvc.get().uri("/activities/" + open.id()).cookie(EN).with(as(coordinator)).exchange()).hasStatusOk()
			.bodyText().contains("Invitations").contains("Follow-up actions").contains("Photos");
	}

	@Test
	void aSurveyIsFilledThroughThePersonalLinkWithErrorsShownInBothLanguages() {
		RegistrationSummary r = registrations.register(open.id(), new RegistrationForm("جود الهشلمون", null,
				"jood@example.org", "F", "18-24", "50", null, true), Locale.forLanguageTag("ar")).registration();
		activities.checkIn(open.id(), open.sessions().get(0).id(), r.code(), hebron);
		followUps.settings(open.id(), QuizFixtures.publishedQuiz(forms).id(), false, hebron);
		String link = "/events/registration/" + r.token() + "/survey/feedback";

		assertThat(mvc.get().uri(link).exchange()).hasStatusOk().bodyText().contains("استبيان تقييم النشاط")
			.contains("كيف تُختار العينة؟");
		assertThat(mvc.get().uri(link).cookie(EN).exchange()).hasStatusOk().bodyText().contains("Feedback survey")
			.contains("How is the sample chosen?");
		assertThat(mvc.post().uri(link).cookie(EN).with(csrf()).param("a.sample", "random").exchange()).hasStatusOk()
			.bodyText().contains("Some answers need correcting").contains("value=\"random\" checked");
		assertThat(mvc.post().uri(link).with(csrf()).param("a.sample", "random").param("a.evidence", "yes").exchange())
			.hasRedirectedUrl(link);
		assertThat(mvc.get().uri(link).exchange()).hasStatusOk().bodyText().contains("وصلتنا إجاباتك");
		assertThat(mvc.get().uri("/activities/" + open.id()).with(as(coordinator)).exchange()).hasStatusOk().bodyText()
			.contains("data-count=\"feedback-answered\">١").contains("كيف تُختار العينة؟").contains("عشوائيًا")
			.contains("نعم");
		assertThat(mvc.get().uri("/activities/" + open.id()).cookie(EN).with(as(coordinator)).exchange()).hasStatusOk()
			.bodyText().contains("How is the sample chosen?").contains("At random");
		assertThat(mvc.get().uri("/events/registration/" + r.token() + "/survey/nothing").exchange()).hasStatus(404);
	}

	@Test
	void photosUploadedByStaffAreOnThePublicPageOnlyWithConsentAndAReport() throws IOException {
		BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		assertThat(mvc.post().uri("/activities/" + open.id() + "/photos").multipart()
			.file(new MockMultipartFile("photo", "p.png", "image/png", png.toByteArray())).with(as(coordinator))
			.with(csrf()).exchange()).hasRedirectedUrl("/activities/" + open.id() + "#photos");
		long photo = followUps.followUp(open.id(), hebron).photoIds().get(0);
		activities.report(open.id(), "توصيات", "تقرير قصير عن اللقاء", hebron);
		String photoUrl = "/events/" + open.id() + "/photos/" + photo;

		assertThat(mvc.get().uri("/events/" + open.id()).exchange()).hasStatusOk().bodyText()
			.contains("تقرير قصير عن اللقاء").doesNotContain(photoUrl);
		assertThat(mvc.get().uri(photoUrl).exchange()).hasStatus(404);
		assertThat(mvc.post().uri("/activities/" + open.id() + "/follow-up").with(as(coordinator)).with(csrf())
			.param("photoConsent", "true").exchange()).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/events/" + open.id()).cookie(EN).exchange()).hasStatusOk().bodyText()
			.contains(photoUrl);
		assertThat(mvc.get().uri(photoUrl).exchange()).hasStatusOk().hasContentType("image/png");
	}

	@Test
	void aRepeatedRegistrationShowsTheRegistrantNothingOfTheFirstAndMailsNothingToTheNewAddress() throws IOException {
		RegistrationSummary first = registrations.register(open.id(), new RegistrationForm("رزان عمرو", "0599818181",
				"first-razan@example.org", "F", "18-24", "50", "جامعة بوليتكنك فلسطين", true),
				Locale.forLanguageTag("ar")).registration();
		long mailsBefore = jdbc.sql("select count(*) from notifications_outbox").query(Long.class).single();

		for (String email : new String[] { "other-razan@example.org", "" }) {
			var repeat = mvc.post().uri("/events/" + open.id() + "/register").with(csrf()).param("name", "رزان عمرو")
				.param("phone", "0599818181").param("email", email).param("governorateCode", "50")
				.param("consent", "true").exchange();
			assertThat(repeat).as("the same answer as any registration with an e-mail, never the first's link")
				.hasRedirectedUrl("/events/" + open.id() + "/thanks");
		}
		String page = mvc.get().uri("/events/" + open.id() + "/thanks").exchange().getResponse().getContentAsString();
		for (String secret : new String[] { "first-razan", first.code(), first.token(), "بوليتكنك", "0599818181" }) {
			assertThat(page).doesNotContain(secret);
		}
		assertThat(jdbc.sql("select count(*) from notifications_outbox where recipient = 'other-razan@example.org'")
			.query(Long.class).single()).as("no mail to an address the first did not give").isZero();
		assertThat(jdbc.sql("select count(*) from notifications_outbox").query(Long.class).single())
			.as("at most the first is reminded, at the first's address").isLessThanOrEqualTo(mailsBefore + 2);
		assertThat(jdbc.sql("select count(*) from activities_registration where activity_id = ?").param(open.id())
			.query(Long.class).single()).isEqualTo(1);
	}
}
