package ps.rasd.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;

import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.evidence.EvidenceSummary;
import ps.rasd.evidence.ResumableUploads;
import ps.rasd.evidence.TestFiles;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;

/**
 * A case filed from the field app's queue: once whatever the retries, refused with a message beside each field in
 * the monitor's language, and with its photo taken from a finished resumable upload, stripped of its location.
 */
@IntegrationTest
@Transactional
class FieldCaseWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	RegistryManagement registry;

	@Autowired
	ResumableUploads uploads;

	@Autowired
	EvidenceManagement evidence;

	private FacilitySummary clinic;

	private AccountSummary monitor;

	@BeforeEach
	void setUp() {
		clinic = MonitoringFixtures.hebronHealthCentre(registry);
		monitor = AccountFixtures.hebronMonitor(identity);
	}

	private RequestPostProcessor as(AccountSummary account) {
		return user(users.loadUserByUsername(account.username()));
	}

	private MvcTestResult send(String key, String title, String language, String uploadId) {
		var post = mvc.post().uri("/field/cases").with(as(monitor)).with(csrf()).header("Accept", "application/json")
			.header("Accept-Language", language).header("Idempotency-Key", key)
			.param("facilityId", String.valueOf(clinic.id())).param("title", title)
			.param("description", "لا يوجد أنسولين منذ أسبوعين");
		if (uploadId != null) {
			post.param("upload.photo", uploadId);
		}
		return post.exchange();
	}

	@Test
	void theCasePageIsKeptByThePhoneAndListedForIt() {
		assertThat(mvc.get().uri("/field/cases/new").with(as(monitor)).exchange()).hasStatusOk().bodyText()
			.contains("data-kind=\"case\"", "قضية من الميدان", "/field/uploads");
		assertThat(mvc.get().uri("/field/offline.json").with(as(monitor)).exchange()).hasStatusOk().bodyText()
			.contains("/field/cases/new");
	}

	@Test
	void aQueuedCaseArrivesOnceWhateverTheRetries() throws Exception {
		MvcTestResult first = send("field-case-1", "نقص أدوية", "ar", null);
		assertThat(first).hasStatus(201);
		String reference = first.getResponse().getContentAsString().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");
		assertThat(reference).matches("RSD-\\d{4}-\\d{6}");
		assertThat(send("field-case-1", "نقص أدوية", "ar", null)).hasStatus(200).bodyJson()
			.extractingPath("$.reference").isEqualTo(reference);
	}

	@Test
	void aRefusedCaseSaysWhyBesideEachFieldInTheMonitorsLanguage() {
		assertThat(send("field-case-2", "", "en", null)).hasStatus(422).bodyJson()
			.extractingPath("$.errors.title").asString().isNotBlank().doesNotContain("cases.");
		assertThat(send("field-case-2", "", "ar", null)).hasStatus(422).bodyJson()
			.extractingPath("$.errors.title").asString().containsPattern("[\\u0600-\\u06FF]");
		// corrected under the same key, it is taken
		assertThat(send("field-case-2", "نقص أدوية", "ar", null)).hasStatus(201);
	}

	@Test
	void theCasesPhotoComesFromItsFinishedUploadWithoutItsLocation() throws Exception {
		RasdPrincipal actor = (RasdPrincipal) users.loadUserByUsername(monitor.username());
		byte[] photo = TestFiles.photoWithGps(640, 480);
		var started = uploads.start(photo.length, "photo.jpg", actor);
		// not finished: the phone is told to send it (again)
		uploads.append(started.id(), 0, new ByteArrayInputStream(photo, 0, 100), actor);
		assertThat(send("field-case-3", "نقص أدوية", "ar", started.id())).hasStatus(409).bodyJson()
			.extractingPath("$.uploads[0]").isEqualTo("photo");
		uploads.append(started.id(), 100, new ByteArrayInputStream(photo, 100, photo.length - 100), actor);

		MvcTestResult filed = send("field-case-3", "نقص أدوية", "ar", started.id());
		assertThat(filed).hasStatus(201);
		String reference = filed.getResponse().getContentAsString().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");
		List<EvidenceSummary> files = evidence.filesOf("case", reference);
		assertThat(files).hasSize(1);
		try (var content = evidence.open(files.get(0).id(), false, false, actor)) {
			assertThat(ImageMetadataReader.readMetadata(content).getFirstDirectoryOfType(GpsDirectory.class)).isNull();
		}
		assertThat(uploads.progress(started.id(), actor)).isEmpty();
		// sent again after it arrived (the answer was lost): the same case, no second photo
		assertThat(send("field-case-3", "نقص أدوية", "ar", started.id())).hasStatus(200);
		assertThat(evidence.filesOf("case", reference)).hasSize(1);
	}
}
