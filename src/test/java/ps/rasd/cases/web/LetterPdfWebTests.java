package ps.rasd.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.ActionInput;
import ps.rasd.cases.CaseAction;
import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CaseWorkflow;
import ps.rasd.cases.CaseSource;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.NewCase;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;
import ps.rasd.support.PdfChecks;
import ps.rasd.support.Principals;

/** The referral letter as PDF: Arabic text in logical order, embedded fonts, the reply link, who may get it. */
@IntegrationTest
@Transactional
class LetterPdfWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	RegistryManagement registry;

	@Autowired
	CaseIntake caseIntake;

	@Autowired
	CaseWorkflow caseWorkflow;

	@Autowired
	ps.rasd.geography.GeographyManagement geography;

	private String referredCase() {
		FacilitySummary clinic = MonitoringFixtures.hebronHealthCentre(registry);
		var coordinator = Principals.coordinator("50");
		CaseSummary filed = caseIntake.file(new NewCase("انقطاع المياه عن المركز", "المياه مقطوعة عن المركز الصحي منذ أسبوع",
				null, null, clinic.id(), null, null, null), null, CaseSource.STAFF, null, coordinator).summary();
		CaseSummary verified = caseWorkflow.act(filed.reference(), CaseAction.VERIFY, filed.version(),
				ActionInput.notes(null, null), coordinator);
		caseWorkflow.act(filed.reference(), CaseAction.REFER, verified.version(),
				new ActionInput(clinic.authorityId(), null, null, null, null, null, null), coordinator);
		return filed.reference();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String name, Role role,
			String governorate) {
		String username = identity.createWithPassword(AccountFixtures.uniqueName(name),
				new AccountDetails(name, null, EnumSet.of(role), Set.of(governorate)), AccountFixtures.PASSWORD)
			.username();
		identity.consent(username);
		return user(users.loadUserByUsername(username));
	}

	@Test
	void aCoordinatorGetsTheLetterAsAnArabicPdfWithTheReplyLink() {
		String ref = referredCase();
		String token = caseWorkflow.currentReplyToken(ref, Principals.coordinator("50")).orElseThrow();

		MvcTestResult result = mvc.get().uri("/cases/" + ref + "/letter.pdf").with(as("c", Role.COORDINATOR, "50"))
			.exchange();

		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		byte[] pdf = result.getResponse().getContentAsByteArray();
		String text = PdfChecks.text(pdf);
		assertThat(text).contains(PdfChecks.normalize("انقطاع المياه عن المركز"), PdfChecks.normalize("تحية طيبة وبعد"),
				PdfChecks.normalize("مديرية صحة الخليل"), ref);
		String code = caseWorkflow.currentReplyShortCode(ref, Principals.coordinator("50")).orElseThrow();
		assertThat(text).as("the short address on one line, not broken").contains("/reply/c/" + code);
		assertThat(caseWorkflow.replyTokenOfShortCode(code)).isEqualTo(token);
		PdfChecks.assertFontsEmbedded(pdf);
		PdfChecks.screenshot(pdf, 0, "referral-letter-pdf-ar");
	}

	@Test
	void theLetterNamesTheTownAndItsQrCodeAndShortCodeLeadToTheReplyLinkInBothLanguages() throws Exception {
		var coordinator = Principals.coordinator("50");
		var dura = geography.places("50", "دورا", 0, 20).items().stream().filter(p -> "Dura".equals(p.name().en()))
			.findFirst().orElseThrow();
		FacilitySummary clinic = MonitoringFixtures.hebronHealthCentre(registry);
		CaseSummary filed = caseIntake.file(new NewCase("انقطاع الكهرباء", "الكهرباء مقطوعة", null, dura.id(),
				clinic.id(), null, null, null), null, CaseSource.STAFF, null, coordinator).summary();
		CaseSummary verified = caseWorkflow.act(filed.reference(), CaseAction.VERIFY, filed.version(),
				ActionInput.notes(null, null), coordinator);
		caseWorkflow.act(filed.reference(), CaseAction.REFER, verified.version(),
				new ActionInput(clinic.authorityId(), null, null, null, null, null, null), coordinator);
		String ref = filed.reference();
		String token = caseWorkflow.currentReplyToken(ref, coordinator).orElseThrow();
		String code = caseWorkflow.currentReplyShortCode(ref, coordinator).orElseThrow();
		var reader = as("c", Role.COORDINATOR, "50");

		for (String language : java.util.List.of("ar", "en")) {
			byte[] pdf = mvc.get().uri("/cases/" + ref + "/letter.pdf").with(reader)
				.cookie(new jakarta.servlet.http.Cookie("rasd-lang", language)).exchange().getResponse()
				.getContentAsByteArray();
			assertThat(PdfChecks.text(pdf)).contains(language.equals("ar") ? PdfChecks.normalize("دورا") : "Dura")
				.contains(code).contains("/reply/c/" + code);
			String page = mvc.get().uri("/cases/" + ref + "/letter").with(reader)
				.cookie(new jakarta.servlet.http.Cookie("rasd-lang", language)).exchange().getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(page).contains(language.equals("ar") ? "دورا" : "Dura", code);
			java.util.regex.Matcher png = java.util.regex.Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)")
				.matcher(page);
			assertThat(png.find()).isTrue();
			var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
					java.util.Base64.getDecoder().decode(png.group(1))));
			int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
			String decoded = new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
					new com.google.zxing.common.HybridBinarizer(new com.google.zxing.RGBLuminanceSource(image.getWidth(),
							image.getHeight(), pixels)))).getText();
			assertThat(decoded).as("the QR code holds the short address").endsWith("/reply/c/" + code);
		}
		assertThat(mvc.get().uri("/reply/c/" + code.toLowerCase()).exchange()).hasRedirectedUrl("/reply/" + token);
		String tampered = code.substring(0, code.length() - 1) + (code.endsWith("Z") ? "Y" : "Z");
		assertThat(mvc.get().uri("/reply/c/" + tampered).exchange()).hasStatus(404);
	}

	@Test
	void theLetterPdfIsInEnglishForAnEnglishLocale() {
		String ref = referredCase();

		MvcTestResult result = mvc.get().uri("/cases/" + ref + "/letter.pdf").cookie(new jakarta.servlet.http.Cookie("rasd-lang", "en"))
			.with(as("c", Role.COORDINATOR, "50")).exchange();

		assertThat(result).hasStatusOk();
		byte[] pdf = result.getResponse().getContentAsByteArray();
		assertThat(PdfChecks.text(pdf)).contains("Dear colleagues", ref);
		PdfChecks.assertFontsEmbedded(pdf);
		PdfChecks.screenshot(pdf, 0, "referral-letter-pdf-en");
	}

	@Test
	void onlyCoordinatorsOfTheGovernorateAndAdministratorsGetTheLetterPdf() {
		String ref = referredCase();
		String uri = "/cases/" + ref + "/letter.pdf";

		assertThat(mvc.get().uri(uri).with(as("ad", Role.ADMIN, "50")).exchange()).hasStatusOk();
		assertThat(mvc.get().uri(uri).with(as("c2", Role.COORDINATOR, "45")).exchange()).hasStatus4xxClientError();
		assertThat(mvc.get().uri(uri).with(as("m", Role.MONITOR, "50")).exchange()).hasStatus4xxClientError();
		assertThat(mvc.get().uri(uri).with(as("a", Role.ANALYST, "50")).exchange()).hasStatus4xxClientError();
		assertThat(mvc.get().uri(uri).exchange()).hasStatus3xxRedirection();
	}

}
