package ps.rasd.activities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.activities.ActivitiesManagement;
import ps.rasd.activities.ActivityDetails;
import ps.rasd.activities.ActivityStatus;
import ps.rasd.activities.ActivitySummary;
import ps.rasd.activities.RegistrationForm;
import ps.rasd.activities.RegistrationSummary;
import ps.rasd.activities.Registrations;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.Principals;

@IntegrationTest
@Transactional
class ActivitiesWebTests {

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
	JdbcClient jdbc;

	private AccountSummary coordinator;

	private final RasdPrincipal hebron = Principals.coordinator(401, "50");

	private ActivitySummary open;

	@BeforeEach
	void activity() {
		coordinator = AccountFixtures.hebronCoordinator(identity);
		ActivitySummary a = activities.create(ActivityDetails.of("WORKSHOP", "ورشة المساءلة المجتمعية", "50", 20)
			.titledInEnglish("Social accountability workshop"), hebron);
		Instant start = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		activities.addSession(a.id(), start, start.plus(2, ChronoUnit.HOURS), hebron);
		open = activities.move(a.id(), activities.activity(a.id(), hebron).version(), ActivityStatus.OPEN, hebron);
	}

	private RequestPostProcessor as(AccountSummary account) {
		return user(users.loadUserByUsername(account.username()));
	}

	@Test
	void theEventPageIsArabicByDefaultAndEnglishOnAsking() {
		assertThat(mvc.get().uri("/events/" + open.id()).exchange()).hasStatusOk().bodyText()
			.contains("ورشة المساءلة المجتمعية").contains("dir=\"rtl\"").contains("الاسم الكامل");
		assertThat(mvc.get().uri("/events/" + open.id()).cookie(new Cookie("rasd-lang", "en")).exchange()).hasStatusOk()
			.bodyText().contains("Social accountability workshop").contains("dir=\"ltr\"").contains("Full name");
		assertThat(mvc.get().uri("/events").exchange()).hasStatusOk().bodyText().contains("ورشة المساءلة المجتمعية");
	}

	@Test
	void aRegistrationWithErrorsKeepsWhatWasTypedInBothLanguages() {
		assertThat(mvc.post().uri("/events/" + open.id() + "/register").with(csrf()).param("name", "ريم خالد")
			.param("governorateCode", "50").param("email", "not-an-address").exchange()).hasStatusOk().bodyText()
			.contains("ريم خالد").contains("not-an-address").contains("البريد الإلكتروني غير صحيح")
			.contains("التسجيل يحتاج موافقتك");
		assertThat(mvc.post().uri("/events/" + open.id() + "/register").cookie(new Cookie("rasd-lang", "en")).with(csrf())
			.param("name", "Reem Khaled").param("governorateCode", "50").param("phone", "0599111000").exchange())
			.hasStatusOk().bodyText().contains("Reem Khaled").contains("0599111000").contains("Registering needs your consent");
	}

	@Test
	void aRegistrationIsThankedTheSameWayWithAnEmailOrAPhoneOnly() {
		assertThat(mvc.post().uri("/events/" + open.id() + "/register").with(csrf()).param("name", "ريم خالد الشريف")
			.param("governorateCode", "50").param("email", "reem@example.org").param("consent", "true").exchange())
			.hasRedirectedUrl("/events/" + open.id() + "/thanks");
		assertThat(mvc.post().uri("/events/" + open.id() + "/register").with(csrf()).param("name", "سامي عودة")
			.param("governorateCode", "50").param("phone", "0599222333").param("consent", "true").exchange())
			.hasRedirectedUrl("/events/" + open.id() + "/thanks");
		assertThat(mvc.get().uri("/events/" + open.id() + "/thanks").exchange()).hasStatusOk().bodyText()
			.contains("رقم هاتف فقط").doesNotContain("سامي").doesNotContain("0599222333");
	}

	/** A phone-only registrant who registers again learns nothing: the answer of a first registration, byte for byte. */
	@Test
	void aPhoneOnlyRepeatedRegistrationGetsTheAnswerOfAFirstOne() throws Exception {
		String[] answers = new String[3];
		String[] pages = new String[3];
		for (int i = 0; i < 3; i++) {
			// a first registration (i = 0), the same name and phone again (i = 1), someone else's first (i = 2)
			String phone = i < 2 ? "0599444555" : "0599444556";
			var result = mvc.post().uri("/events/" + open.id() + "/register").with(csrf()).param("name", "منى الحلو")
				.param("governorateCode", "50").param("phone", phone).param("sex", "F").param("consent", "true").exchange();
			assertThat(result).hasStatus3xxRedirection();
			answers[i] = result.getMvcResult().getResponse().getRedirectedUrl();
			pages[i] = mvc.get().uri(answers[i]).exchange().getResponse().getContentAsString()
				.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
		}
		assertThat(answers[1]).isEqualTo(answers[0]).isEqualTo(answers[2]);
		assertThat(pages[1]).isEqualTo(pages[0]).isEqualTo(pages[2]);
		assertThat(jdbc.sql("select count(*) from activities_registration where activity_id = ? and phone = ?")
			.params(open.id(), "0599444555").query(Long.class).single()).as("a double registration is one").isEqualTo(1);
	}

	@Test
	void thePublicNeverSeesANameOnlyCounts() {
		registrations.register(open.id(), new RegistrationForm("وداد الفاخوري", "0599333444", null, "F", "18-24", "50",
				null, true), java.util.Locale.forLanguageTag("ar"));
		assertThat(mvc.get().uri("/events/" + open.id()).exchange()).hasStatusOk().bodyText()
			.doesNotContain("وداد الفاخوري").doesNotContain("0599333444");
		assertThat(mvc.get().uri("/activities/" + open.id()).exchange()).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/activities/" + open.id()).with(as(coordinator)).exchange()).hasStatusOk().bodyText()
			.contains("وداد الفاخوري");
	}

	@Test
	void theDoorChecksInATypedCodeWithoutJavaScriptAndCountsItOnce() {
		RegistrationSummary r = registrations.register(open.id(), new RegistrationForm("رامي حسن", "0599444555", null, "M",
				"25-29", "50", null, true), java.util.Locale.forLanguageTag("ar")).registration();
		long session = open.sessions().get(0).id();
		assertThat(mvc.post().uri("/activities/" + open.id() + "/door").with(as(coordinator)).with(csrf())
			.param("session", String.valueOf(session)).param("code", r.code()).exchange())
			.hasRedirectedUrl("/activities/" + open.id() + "/door?session=" + session)
			.flash().containsKey("checkIn");
		assertThat(mvc.post().uri("/activities/" + open.id() + "/door/scan").with(as(coordinator)).with(csrf())
			.param("session", String.valueOf(session)).param("code", r.code()).exchange()).hasStatusOk().bodyText()
			.contains("ALREADY");
		assertThat(mvc.get().uri("/activities/" + open.id() + "/door").with(as(coordinator)).exchange()).hasStatusOk()
			.bodyText().contains("رمز الدخول");
	}

	@Test
	void anActivityFormWithErrorsKeepsWhatWasTyped() {
		assertThat(mvc.post().uri("/activities").with(as(coordinator)).with(csrf()).param("kind", "WORKSHOP")
			.param("titleAr", "ورشة الموازنة").param("governorateCode", "50").param("capacity", "many")
			.param("onlineLink", "ftp://x").exchange()).hasStatusOk().bodyText().contains("ورشة الموازنة")
			.contains("many").contains("عدد المقاعد بين").contains("الرابط يجب أن يبدأ");
		assertThat(mvc.post().uri("/activities").cookie(new Cookie("rasd-lang", "en")).with(as(coordinator)).with(csrf())
			.param("kind", "WORKSHOP").param("titleAr", "ورشة الموازنة").param("governorateCode", "50").param("capacity", "0")
			.exchange()).hasStatusOk().bodyText().contains("Capacity is between");
	}

	@Test
	void aForgedCertificateCodeIsNotValid() {
		assertThat(mvc.get().uri("/certificates/ABCDEFGHJKMN").exchange()).hasStatusOk().bodyText()
			.contains("certificate-not-valid");
		assertThat(mvc.get().uri("/certificates/ABCDEFGHJKMN").cookie(new Cookie("rasd-lang", "en")).exchange())
			.hasStatusOk().bodyText().contains("Not valid");
	}

	@Test
	void theCalendarFeedIsICalendar() {
		assertThat(mvc.get().uri("/events/calendar.ics").param("governorate", "50").exchange()).hasStatusOk()
			.hasContentTypeCompatibleWith("text/calendar").bodyText().contains("BEGIN:VCALENDAR")
			.contains("/events/" + open.id());
	}

	@Test
	void donorFiguresDownloadAsASpreadsheet() {
		assertThat(mvc.get().uri("/activities/figures").with(as(coordinator)).exchange()).hasStatusOk().bodyText()
			.contains("الأشخاص الذين وصلناهم");
		assertThat(mvc.get().uri("/activities/figures.xlsx").with(as(coordinator)).exchange()).hasStatusOk()
			.hasContentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}
}
