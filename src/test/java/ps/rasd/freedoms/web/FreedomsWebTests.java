package ps.rasd.freedoms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.freedoms.EventSummary;
import ps.rasd.freedoms.FreedomsManagement;
import ps.rasd.freedoms.FreedomsPublication;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.FreedomsFixtures;
import ps.rasd.support.IntegrationTest;

@IntegrationTest
@Transactional
class FreedomsWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	FreedomsManagement freedoms;

	@Autowired
	FreedomsPublication publication;

	private AccountSummary documenter;

	@BeforeEach
	void setUp() {
		documenter = AccountFixtures.documenter(identity);
	}

	private RequestPostProcessor as(AccountSummary account) {
		return user(users.loadUserByUsername(account.username()));
	}

	private RasdPrincipal principal(AccountSummary account) {
		return (RasdPrincipal) users.loadUserByUsername(account.username());
	}

	@Test
	void thePublicReportFormIsInArabicRightToLeftAndInEnglish() {
		assertThat(mvc.get().uri("/freedoms/report").exchange()).hasStatusOk().bodyText()
			.contains("dir=\"rtl\"", "الإبلاغ عن انتهاك للحريات", "name=\"website\"");
		assertThat(mvc.get().uri("/freedoms/report?lang=en").exchange()).hasStatusOk().bodyText()
			.contains("dir=\"ltr\"", "Report a violation of freedoms");
	}

	@Test
	void aReportWithoutDateOrPlaceComesBackWithEverythingTypedAndTheMessagesBesideTheFields() {
		var result = mvc.post().uri("/freedoms/report?lang=en").with(csrf()).param("title", "A banned seminar")
			.param("narrative", "The seminar on free speech was cancelled by a verbal order.")
			.param("governorateCode", "50").param("reporterName", "Someone typed this").exchange();

		assertThat(result).hasStatus(422).bodyText()
			.contains("A banned seminar", "The seminar on free speech was cancelled by a verbal order.",
					"Someone typed this", "id=\"dateFrom-error\"", "Give the date it happened", "id=\"place-error\"",
					"Say where it happened");
		assertThat(mvc.post().uri("/freedoms/report").with(csrf()).param("title", "ندوة ممنوعة").exchange())
			.hasStatus(422).bodyText().contains("ندوة ممنوعة", "أدخل تاريخ الواقعة", "dir=\"rtl\"");
	}

	@Test
	void aReportIsReceivedAndSeenOnlyByTheDocumenter() {
		var result = mvc.post().uri("/freedoms/report").with(csrf()).param("title", "منع وقفة")
			.param("dateFrom", "2026-11-01").param("governorateCode", "50").param("place", "الخليل").exchange();
		assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/freedoms/report/received");

		assertThat(mvc.get().uri("/freedoms").with(as(documenter)).exchange()).hasStatusOk().bodyText()
			.contains("منع وقفة", "بلاغ أولي");
		assertThat(mvc.get().uri("/violations").exchange()).hasStatusOk().bodyText().doesNotContain("منع وقفة");
	}

	@Test
	void aRobotFillingTheHiddenFieldIsThankedAndNothingIsKept() {
		assertThat(mvc.post().uri("/freedoms/report").with(csrf()).param("title", "ROBOTMARKER")
			.param("dateFrom", "2026-11-01").param("governorateCode", "50").param("place", "x")
			.param("website", "http://spam.example").exchange()).hasStatus3xxRedirection();

		assertThat(mvc.get().uri("/freedoms").with(as(documenter)).exchange()).bodyText().doesNotContain("ROBOTMARKER");
	}

	@Test
	void theDocumentersEventPageAndPublicationPreviewInBothLanguages() {
		EventSummary event = FreedomsFixtures.verifiedEvent(freedoms, principal(documenter), "سلمى المصري", "خالد");
		String ref = event.reference();

		assertThat(mvc.get().uri("/freedoms/" + ref).with(as(documenter)).exchange()).hasStatusOk().bodyText()
			.contains(ref, "متحقَّق منها", "الضحايا", "نشر نسخة محجوبة").doesNotContain("سلمى المصري");
		assertThat(mvc.get().uri("/freedoms/" + ref + "?lang=en").with(as(documenter)).exchange()).hasStatusOk()
			.bodyText().contains("Verified", "Victims", "Publish a redacted copy");
		assertThat(mvc.get().uri("/freedoms/" + ref + "/publish").param("title", "x")
			.param("narrative", "قابلنا سلمى المصري").with(as(documenter)).exchange()).hasStatusOk().bodyText()
			.contains("[اسم]").doesNotContain("سلمى المصري");
		assertThat(mvc.get().uri("/freedoms/" + ref + "/identities").with(as(documenter)).exchange()).hasStatusOk()
			.bodyText().contains("سلمى المصري", "سجل التدقيق");
	}

	@Test
	void thePublishedCopyShowsOnThePublicPagesFeedAndFiguresInBothLanguages() {
		RasdPrincipal doc = principal(documenter);
		EventSummary event = FreedomsFixtures.verifiedEvent(freedoms, doc, "سلمى المصري", "خالد");
		publication.publish(event.reference(), event.version(), Tier.PUBLIC, "اعتقال صحفية في الخليل",
				"اعتُقلت صحفية بعد تقرير.", null, doc);

		assertThat(mvc.get().uri("/violations/" + event.reference()).exchange()).hasStatusOk().bodyText()
			.contains("اعتقال صحفية في الخليل", "اعتقال أو استدعاء بسبب الرأي", "جهاز أمني", "حرية الرأي والتعبير",
					"31.5")
			.doesNotContain("31.5326", "SECURITY_AGENCY");
		assertThat(mvc.get().uri("/violations/" + event.reference() + "?lang=en").exchange()).hasStatusOk().bodyText()
			.contains("Arrest or summons over opinion or posts");
		assertThat(mvc.get().uri("/violations/feed.atom").exchange()).hasStatusOk().bodyText()
			.contains("/violations/" + event.reference());
		assertThat(mvc.get().uri("/violations/figures?lang=en").exchange()).hasStatusOk().bodyText()
			.contains("Figures on violations of freedoms", "not shown to protect");
		assertThat(mvc.get().uri("/freedoms/figures").with(as(documenter)).exchange()).hasStatusOk().bodyText()
			.contains("الوقائع حسب حالة التوثيق", "اعتقال أو استدعاء بسبب الرأي", "جهاز أمني");
	}

	@Test
	void theApiAnswersProblemDetailsForAnEventTheCallerDoesNotDocument() {
		EventSummary event = FreedomsFixtures.verifiedEvent(freedoms, principal(documenter), "سلمى", "خالد");
		AccountSummary other = AccountFixtures.documenter(identity, "45");

		assertThat(mvc.get().uri("/api/v1/freedoms/events/" + event.reference()).with(as(documenter)).exchange())
			.hasStatusOk().bodyJson().extractingPath("$.summary.reference").isEqualTo(event.reference());
		var refused = mvc.get().uri("/api/v1/freedoms/events/" + event.reference()).with(as(other))
			.header("Accept-Language", "en").exchange();
		assertThat(refused).hasStatus(404).bodyText().contains("\"code\"", "freedoms.event.not-found")
			.doesNotContain("سلمى");
		assertThat(refused.getResponse().getContentType()).contains("application/problem+json");
	}

	@Test
	void anAdministratorEditsTheVocabularies() {
		AccountSummary admin = AccountFixtures.admin(identity);

		assertThat(mvc.post().uri("/admin/freedoms/terms").with(as(admin)).with(csrf()).param("kind", "PERPETRATOR_TYPE")
			.param("code", "MUNICIPAL_GUARD").param("labelAr", "حرس بلدي").param("labelEn", "Municipal guard")
			.exchange()).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/admin/freedoms/terms?kind=PERPETRATOR_TYPE&lang=en").with(as(admin)).exchange())
			.hasStatusOk().bodyText().contains("MUNICIPAL_GUARD", "Municipal guard", "Perpetrator types");
		assertThat(mvc.get().uri("/admin/freedoms/terms").with(as(documenter)).exchange()).hasStatus(403);
	}
}
