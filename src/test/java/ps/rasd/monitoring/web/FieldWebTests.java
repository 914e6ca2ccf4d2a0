package ps.rasd.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.forms.FormSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.monitoring.VisitStatus;
import ps.rasd.registry.AuthorityDetails;
import ps.rasd.registry.AuthorityKind;
import ps.rasd.registry.FacilityDetails;
import ps.rasd.registry.FacilityStatus;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;
import ps.rasd.support.Principals;

/**
 * The field app from the server's side: what a phone keeps for working offline, and what happens to a visit the
 * queue sends — once, whatever the retries; refused with a message per question in the monitor's language; accepted on
 * the form version it was filled with after a newer one was published.
 */
@IntegrationTest
@Transactional
class FieldWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	RegistryManagement registry;

	@Autowired
	FormsManagement forms;

	@Autowired
	MonitoringManagement monitoring;

	private FacilitySummary clinic;

	private FormSummary form;

	private AccountSummary monitor;

	@BeforeEach
	void setUp() {
		clinic = MonitoringFixtures.hebronHealthCentre(registry);
		form = MonitoringFixtures.publishedHealthForm(forms);
		monitor = AccountFixtures.hebronMonitor(identity);
	}

	private RequestPostProcessor as(AccountSummary account) {
		return user(users.loadUserByUsername(account.username()));
	}

	private long version() {
		return form.current().orElseThrow().id();
	}

	private MvcTestResult send(String key, long formVersion, long facility, Map<String, String> answers,
			String language) {
		var post = mvc.post().uri("/field/visits").with(as(monitor)).with(csrf()).header("Accept", "application/json")
			.header("Accept-Language", language).header("Idempotency-Key", key)
			.param("facilityId", String.valueOf(facility)).param("formVersionId", String.valueOf(formVersion));
		answers.forEach((name, value) -> post.param("a." + name, value));
		return post.exchange();
	}

	@Test
	void theAppListsTheFormsAPhoneKeepsAndCanBeInstalledInArabic() {
		assertThat(mvc.get().uri("/field").with(as(monitor)).exchange()).hasStatusOk().bodyText()
			.contains("dir=\"rtl\"", "رصد الميداني", "rel=\"manifest\"", "/field/forms/" + version(),
					"انسَ هذا الهاتف");
		assertThat(mvc.get().uri("/field").with(as(monitor)).cookie(new Cookie("rasd-lang", "en")).exchange())
			.bodyText().contains("dir=\"ltr\"", "Rasd field", "Forget this phone");
		assertThat(mvc.get().uri("/field/offline.json").with(as(monitor)).exchange()).hasStatusOk().bodyJson()
			.hasPathSatisfying("$.pages", p -> assertThat(p).asArray().contains("/field", "/field/forms/" + version()))
			// under the names the pages use, which carry a hash of the content
			.hasPathSatisfying("$.assets", p -> assertThat(p).asArray().anySatisfy(
					a -> assertThat(a).asString().matches("/assets/js/field-queue-[0-9a-f]{32}\\.js")));
		MvcTestResult page = mvc.get().uri("/field/forms/" + version() + "?facility=" + clinic.id())
			.with(as(monitor)).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("id=\"field-form\"", "مركز صحي دورا")
			.containsPattern("value=\"" + clinic.id() + "\"[^>]*selected")
			// a follow-up question is hidden until an answer calls for it, in the browser, with no connection too
			.contains("data-live-relevance", "/assets/js/relevance-")
			.containsPattern("data-question=\"closed_reason\"[^>]*hidden");
	}

	@Test
	void theServiceWorkerTheManifestAndTheIconsNeedNoSignIn() {
		assertThat(mvc.get().uri("/field/sw.js").exchange()).hasStatusOk()
			.hasHeader("Service-Worker-Allowed", "/field").bodyText().contains("importScripts");
		assertThat(mvc.get().uri("/field/manifest.webmanifest").exchange()).hasStatusOk().bodyJson()
			.hasPathSatisfying("$.name", n -> assertThat(n).isEqualTo("رصد الميداني"))
			.hasPathSatisfying("$.dir", d -> assertThat(d).isEqualTo("rtl"))
			.hasPathSatisfying("$.start_url", u -> assertThat(u).isEqualTo("/field"));
		byte[] icon = mvc.get().uri("/field/icon-512.png").exchange().getResponse().getContentAsByteArray();
		assertThat(icon).startsWith(0x89, 'P', 'N', 'G');
		assertThat(mvc.get().uri("/field").exchange()).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/field/offline.json").exchange()).hasStatus3xxRedirection();
	}

	@Test
	void aQueuedVisitArrivesOnceWhateverTheRetries() {
		MvcTestResult first = send("phone-1", version(), clinic.id(), MonitoringFixtures.goodHealthAnswers(), "ar");
		assertThat(first).hasStatus(201).bodyJson()
			.hasPathSatisfying("$.status", s -> assertThat(s).isEqualTo("SUBMITTED"))
			.hasPathSatisfying("$.reference", r -> assertThat(r).asString().isNotBlank());
		assertThat(send("phone-1", version(), clinic.id(), MonitoringFixtures.goodHealthAnswers(), "ar"))
			.hasStatus(200);
		assertThat(monitoring.visits(null, null, clinic.id(), 0, 10, principal(monitor)).totalItems()).isEqualTo(1);
	}

	@Test
	void aRefusedVisitSaysWhyBesideEachQuestionAndIsAcceptedWhenCorrectedUnderTheSameKey() {
		Map<String, String> answers = new java.util.HashMap<>(MonitoringFixtures.goodHealthAnswers());
		answers.put("wait_minutes", "900");
		assertThat(send("phone-2", version(), clinic.id(), answers, "ar")).hasStatus(422)
			.hasContentType("application/problem+json").bodyJson()
			.hasPathSatisfying("$.errors.wait_minutes", m -> assertThat(m).isEqualTo("أدخل عدد دقائق بين 0 و600."));
		assertThat(send("phone-2b", version(), clinic.id(), Map.of(), "en")).hasStatus(422).bodyJson()
			.hasPathSatisfying("$.errors.visit_date", m -> assertThat(m).asString().isNotBlank());
		answers.put("wait_minutes", "45");
		assertThat(send("phone-2", version(), clinic.id(), answers, "ar").getResponse().getStatus()).isBetween(200, 201);
		var visit = monitoring.visitByKey("phone-2", principal(monitor)).orElseThrow();
		assertThat(visit.status()).isEqualTo(VisitStatus.SUBMITTED);
		assertThat(visit.answers()).containsEntry("wait_minutes", "45");
	}

	@Test
	void aVisitFilledOnTheVersionOfTheDayIsAcceptedAfterANewerOneWasPublished() {
		long filledWith = version();
		forms.startDraft(form.id(), Principals.admin());
		forms.publish(form.id(), Principals.admin());
		assertThat(forms.form(form.id()).current().orElseThrow().id()).isNotEqualTo(filledWith);
		assertThat(send("phone-3", filledWith, clinic.id(), MonitoringFixtures.goodHealthAnswers(), "ar"))
			.hasStatus(201);
		assertThat(monitoring.visitByKey("phone-3", principal(monitor)).orElseThrow().formVersionId())
			.isEqualTo(filledWith);
	}

	@Test
	void aFacilityOutsideTheMonitorsGovernoratesIsRefused() {
		var admin = Principals.admin();
		var authority = registry.createAuthority(new AuthorityDetails(null, AuthorityKind.DIRECTORATE,
				new LocalizedText("مديرية صحة نابلس", "Nablus Health Directorate"), "45", "HEALTH", null, null, null,
				14), admin);
		FacilitySummary nablus = registry.createFacility(new FacilityDetails(new LocalizedText("مركز صحي", "Centre"),
				"PRIMARY_HEALTH_CENTRE", authority.id(), "45", null, 32.2, 35.26, null, FacilityStatus.OPEN), admin);
		assertThat(send("phone-4", version(), nablus.id(), MonitoringFixtures.goodHealthAnswers(), "en"))
			.hasStatus(403).bodyJson().hasPathSatisfying("$.detail", d -> assertThat(d).asString().isNotBlank());
		assertThat(monitoring.visitByKey("phone-4", principal(monitor))).isEmpty();
	}

	@Test
	void aPhotoSentFromThePhoneIsKeptWithoutItsLocation() throws Exception {
		var photo = new MockMultipartFile("file.photo", "photo.jpg", "image/jpeg",
				ps.rasd.evidence.TestFiles.photoWithGps(640, 480));
		var post = mvc.post().uri("/field/visits").multipart().file(photo).with(as(monitor)).with(csrf())
			.header("Accept", "application/json").header("Idempotency-Key", "phone-5")
			.param("facilityId", String.valueOf(clinic.id())).param("formVersionId", String.valueOf(version()));
		MonitoringFixtures.goodHealthAnswers().forEach((name, value) -> post.param("a." + name, value));
		assertThat(post.exchange()).hasStatus(201);
		String evidenceId = monitoring.visitByKey("phone-5", principal(monitor)).orElseThrow().answers().get("photo");
		byte[] bytes = mvc.get().uri("/evidence/" + evidenceId).with(as(monitor)).exchange().getResponse()
			.getContentAsByteArray();
		assertThat(com.drew.imaging.ImageMetadataReader.readMetadata(new java.io.ByteArrayInputStream(bytes))
			.getFirstDirectoryOfType(com.drew.metadata.exif.GpsDirectory.class)).isNull();
	}

	@Test
	void withoutJavaScriptTheFormIsSentAsAPlainForm() {
		var post = mvc.post().uri("/field/visits").with(as(monitor)).with(csrf())
			.param("idempotencyKey", "plain-1").param("facilityId", String.valueOf(clinic.id()))
			.param("formVersionId", String.valueOf(version()));
		MonitoringFixtures.goodHealthAnswers().forEach((name, value) -> post.param("a." + name, value));
		MvcTestResult result = post.exchange();
		long id = monitoring.visitByKey("plain-1", principal(monitor)).orElseThrow().id();
		assertThat(result).hasRedirectedUrl("/visits/" + id);
		var bad = mvc.post().uri("/field/visits").with(as(monitor)).with(csrf()).param("idempotencyKey", "plain-2")
			.param("facilityId", String.valueOf(clinic.id())).param("formVersionId", String.valueOf(version()))
			.param("a.wait_minutes", "900").param("a.notes", "ملاحظة من الميدان");
		assertThat(bad.exchange()).hasStatusOk().bodyText().contains("أدخل عدد دقائق بين 0 و600.", "ملاحظة من الميدان");
	}

	private ps.rasd.shared.RasdPrincipal principal(AccountSummary account) {
		return (ps.rasd.shared.RasdPrincipal) users.loadUserByUsername(account.username());
	}
}
