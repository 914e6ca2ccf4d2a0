package ps.rasd.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.monitoring.VisitStatus;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;

@IntegrationTest
@Transactional
class VisitWebTests {

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

	private long formVersion;

	private AccountSummary monitor;

	private AccountSummary coordinator;

	@BeforeEach
	void setUp() {
		clinic = MonitoringFixtures.hebronHealthCentre(registry);
		formVersion = MonitoringFixtures.publishedHealthForm(forms).current().orElseThrow().id();
		monitor = AccountFixtures.hebronMonitor(identity);
		coordinator = AccountFixtures.hebronCoordinator(identity);
	}

	private RequestPostProcessor as(AccountSummary account) {
		return user(users.loadUserByUsername(account.username()));
	}

	private long start(String key) {
		MvcTestResult started = mvc.post().uri("/facilities/" + clinic.id() + "/visits").with(as(monitor)).with(csrf())
			.param("formVersionId", String.valueOf(formVersion)).param("idempotencyKey", key).exchange();
		assertThat(started).hasStatus3xxRedirection();
		String url = started.getResponse().getRedirectedUrl();
		return Long.parseLong(url.replaceAll("\\D+", " ").strip().split(" ")[0]);
	}

	@Test
	void pressingStartTwiceOpensTheSameVisit() {
		long first = start("press-twice");
		long second = start("press-twice");
		assertThat(second).isEqualTo(first);
	}

	@Test
	void theFacilityPageOffersAMonitorToStartAVisitAndShowsThePublicNothing() {
		assertThat(mvc.get().uri("/facilities/" + clinic.id()).with(as(monitor)).exchange()).hasStatusOk().bodyText()
			.contains("ابدأ زيارة: بطاقة تقييم مركز الرعاية الصحية الأولية").contains("name=\"idempotencyKey\"");
		assertThat(mvc.get().uri("/facilities/" + clinic.id()).exchange()).hasStatusOk().bodyText()
			.doesNotContain("idempotencyKey", "monitoring-section");
	}

	@Test
	void theVisitFormIsArabicAndHidesQuestionsThatAreNotAsked() {
		long id = start("form-ar");
		assertThat(mvc.get().uri("/visits/" + id + "/edit").with(as(monitor)).exchange()).hasStatusOk().bodyText()
			.contains("dir=\"rtl\"", "هل كان المركز مفتوحاً حسب ساعات الدوام المعلنة عند وصولك؟", "data-autosave")
			.containsPattern("data-question=\"closed_reason\"[^>]*hidden");
		assertThat(mvc.get().uri("/visits/" + id + "/edit").with(as(monitor)).cookie(new Cookie("rasd-lang", "en"))
			.exchange()).bodyText().contains("dir=\"ltr\"", "Was the centre open at its announced hours");
	}

	@Test
	void anInvalidSubmissionKeepsEveryAnswerAndShowsTheErrorBesideItsQuestion() {
		long id = start("invalid");
		MvcTestResult result = mvc.post().uri("/visits/" + id).with(as(monitor)).with(csrf()).param("action", "submit")
			.param("a.wait_minutes", "900").param("a.notes", "ملاحظة كتبتها في الميدان").exchange();
		assertThat(result).hasStatusOk().bodyText().contains("أدخل عدد دقائق بين 0 و600.")
			.contains("id=\"a-wait_minutes-error\"").contains("value=\"900\"").contains("ملاحظة كتبتها في الميدان");
		assertThat(monitoring.visit(id, principal(monitor)).status()).isEqualTo(VisitStatus.DRAFT);
	}

	@Test
	void autosaveKeepsTheDraftAndSaysWhichQuestionsAreAsked() {
		long id = start("autosave");
		assertThat(mvc.post().uri("/visits/" + id + "/autosave").with(as(monitor)).with(csrf())
			.param("a.open_on_arrival", "no").exchange()).hasStatusOk().bodyJson()
			.hasPathSatisfying("$.relevant", v -> assertThat(v).asArray().contains("closed_reason"));
		assertThat(monitoring.visit(id, principal(monitor)).answers()).containsEntry("open_on_arrival", "no");
	}

	@Test
	void aMonitorSubmitsAndTheCoordinatorApproves() {
		long id = start("happy");
		var post = mvc.post().uri("/visits/" + id).with(as(monitor)).with(csrf()).param("action", "submit");
		MonitoringFixtures.goodHealthAnswers().forEach((k, v) -> post.param("a." + k, v));
		assertThat(post.exchange()).hasRedirectedUrl("/visits/" + id);

		MvcTestResult page = mvc.get().uri("/visits/" + id).with(as(coordinator)).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("name=\"decision\" value=\"APPROVE\"");
		long version = monitoring.visit(id, principal(coordinator)).version();
		assertThat(mvc.post().uri("/visits/" + id + "/review").with(as(coordinator)).with(csrf())
			.param("version", String.valueOf(version)).param("decision", "APPROVE").exchange())
			.hasRedirectedUrl("/visits/" + id);
		assertThat(monitoring.visit(id, principal(coordinator)).status()).isEqualTo(VisitStatus.APPROVED);
		assertThat(mvc.get().uri("/facilities/" + clinic.id()).with(as(coordinator)).exchange()).bodyText()
			.contains("score-history");
	}

	@Test
	void anotherMonitorCannotSeeTheVisit() {
		long id = start("private");
		AccountSummary other = AccountFixtures.hebronMonitor(identity);
		assertThat(mvc.get().uri("/visits/" + id).with(as(other)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/visits/" + id).exchange()).hasStatus3xxRedirection();
	}

	@Test
	void theApiSubmitsOnceWhateverTheRetries() {
		String body = """
				{"facilityId": %d, "submit": true, "answers": {"visit_date": "2026-11-28", "arrival_time": "08:10",
				"open_on_arrival": "yes", "wait_minutes": "10", "essential_medicines": "all", "cleanliness_rating": "5",
				"toilets_working": "yes", "staff_attitude": "5", "doctor_present": "yes", "ramp": "yes",
				"accessible_toilet": "yes"}}""".formatted(clinic.id());
		MvcTestResult created = mvc.post().uri("/api/v1/visits").with(as(monitor)).with(csrf())
			.contentType("application/json").header("Idempotency-Key", "api-retry-1").content(body).exchange();
		assertThat(created).hasStatus(201).bodyJson()
			.hasPathSatisfying("$.status", v -> assertThat(v).isEqualTo("SUBMITTED"));
		MvcTestResult retried = mvc.post().uri("/api/v1/visits").with(as(monitor)).with(csrf())
			.contentType("application/json").header("Idempotency-Key", "api-retry-1").content(body).exchange();
		assertThat(retried).hasStatus(200);
		assertThat(monitoring.visits(null, null, clinic.id(), 0, 10, principal(monitor)).totalItems()).isEqualTo(1);
	}

	@Test
	void theApiExplainsInvalidAnswersAndAMissingKey() {
		assertThat(mvc.post().uri("/api/v1/visits").with(as(monitor)).with(csrf()).header("Accept-Language", "en")
			.contentType("application/json").content("{\"facilityId\": %d, \"submit\": true}".formatted(clinic.id()))
			.exchange()).hasStatus(422).bodyJson()
			.hasPathSatisfying("$.code", v -> assertThat(v).isEqualTo("monitoring.api.key-required"));
		assertThat(mvc.post().uri("/api/v1/visits").with(as(monitor)).with(csrf()).header("Accept-Language", "en")
			.header("Idempotency-Key", "api-bad-1").contentType("application/json")
			.content("{\"facilityId\": %d, \"submit\": true, \"answers\": {\"wait_minutes\": \"900\"}}"
				.formatted(clinic.id()))
			.exchange()).hasStatus(422).bodyJson()
			.hasPathSatisfying("$.errors[?(@.field=='wait_minutes')].message",
					v -> assertThat(v).asArray().containsExactly("Enter a number of minutes between 0 and 600."))
			.hasPathSatisfying("$.errors[?(@.field=='visit_date')].code",
					v -> assertThat(v).asArray().containsExactly("forms.answer.required"));
	}

	@Test
	void aPhotoAttachedToAVisitIsKeptWithoutItsLocationAndOnlyForThoseWhoMaySeeTheVisit() throws Exception {
		long id = start("photo");
		var photo = new org.springframework.mock.web.MockMultipartFile("file.photo", "IMG_0001.jpg", "image/jpeg",
				ps.rasd.evidence.TestFiles.photoWithGps(640, 480));
		MvcTestResult saved = mvc.post().uri("/visits/" + id).multipart().file(photo).with(as(monitor)).with(csrf())
			.param("action", "save").param("a.visit_date", "2026-11-28").exchange();
		assertThat(saved).hasRedirectedUrl("/visits/" + id + "/edit");
		String evidenceId = monitoring.visit(id, principal(monitor)).answers().get("photo");
		assertThat(evidenceId).matches("\\d+");

		MvcTestResult image = mvc.get().uri("/evidence/" + evidenceId).with(as(monitor)).exchange();
		assertThat(image).hasStatusOk().hasContentType("image/jpeg");
		byte[] bytes = image.getResponse().getContentAsByteArray();
		assertThat(com.drew.imaging.ImageMetadataReader.readMetadata(new java.io.ByteArrayInputStream(bytes))
			.getFirstDirectoryOfType(com.drew.metadata.exif.GpsDirectory.class)).isNull();
		assertThat(mvc.get().uri("/evidence/" + evidenceId + "/thumbnail").with(as(coordinator)).exchange())
			.hasStatusOk();
		assertThat(mvc.get().uri("/evidence/" + evidenceId).with(as(AccountFixtures.hebronMonitor(identity)))
			.exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/visits/" + id + "/edit").with(as(monitor)).exchange()).bodyText()
			.contains("/evidence/" + evidenceId + "/thumbnail");
	}

	@Test
	void aFileThatIsNotAPhotoIsRefusedBesideItsQuestionAndTheRestIsKept() {
		long id = start("bad-photo");
		var fake = new org.springframework.mock.web.MockMultipartFile("file.photo", "photo.jpg", "image/jpeg",
				"<html><body>not a photo</body></html>".getBytes());
		assertThat(mvc.post().uri("/visits/" + id).multipart().file(fake).with(as(monitor)).with(csrf())
			.param("action", "save").param("a.notes", "ملاحظة").exchange()).hasStatusOk().bodyText()
			.contains("id=\"a-photo-error\"", "نوع الملف غير مقبول", "ملاحظة");
	}

	private ps.rasd.shared.RasdPrincipal principal(AccountSummary account) {
		return (ps.rasd.shared.RasdPrincipal) users.loadUserByUsername(account.username());
	}
}
