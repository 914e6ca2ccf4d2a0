package ps.rasd.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.util.Arrays;

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

import ps.rasd.evidence.TestFiles;
import ps.rasd.forms.FormSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;

/**
 * Resumable uploads of the field app (tus 1.0.0) from the server's side: a cut upload goes on from where it stopped,
 * the visit names the finished upload and gets the photo stripped of its location, only the monitor who began an
 * upload sees it, and limits hold.
 */
@IntegrationTest
@Transactional
class FieldUploadWebTests {

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

	private String begin(AccountSummary account, long length) {
		MvcTestResult created = mvc.post().uri("/field/uploads").with(as(account)).with(csrf())
			.header("Tus-Resumable", "1.0.0").header("Upload-Length", String.valueOf(length))
			.header("Upload-Metadata", "filename cGhvdG8uanBn").exchange();
		assertThat(created).hasStatus(201).headers().hasValue("Upload-Offset", "0");
		return created.getResponse().getHeader("Location");
	}

	private MvcTestResult piece(AccountSummary account, String location, long offset, byte[] bytes) {
		return mvc.patch().uri(location).with(as(account)).with(csrf()).header("Tus-Resumable", "1.0.0")
			.header("Upload-Offset", String.valueOf(offset)).contentType("application/offset+octet-stream")
			.content(bytes).exchange();
	}

	private MvcTestResult head(AccountSummary account, String location) {
		return mvc.head().uri(location).with(as(account)).header("Tus-Resumable", "1.0.0").exchange();
	}

	@Test
	void aCutUploadGoesOnFromWhereItStoppedAndTheVisitNamesTheFinishedFile() throws Exception {
		byte[] photo = TestFiles.photoWithGps(640, 480);
		int half = photo.length / 2;
		String location = begin(monitor, photo.length);
		assertThat(location).startsWith("/field/uploads/");

		assertThat(piece(monitor, location, 0, Arrays.copyOfRange(photo, 0, half))).hasStatus(204)
			.headers().hasValue("Upload-Offset", String.valueOf(half));
		// the phone lost the answer and tries the first piece again: told where the upload stands instead
		assertThat(piece(monitor, location, 0, Arrays.copyOfRange(photo, 0, half))).hasStatus(409);
		assertThat(head(monitor, location)).hasStatus(200).headers()
			.hasValue("Upload-Offset", String.valueOf(half))
			.hasValue("Upload-Length", String.valueOf(photo.length));
		assertThat(piece(monitor, location, half, Arrays.copyOfRange(photo, half, photo.length))).hasStatus(204)
			.headers().hasValue("Upload-Offset", String.valueOf(photo.length));

		String id = location.substring(location.lastIndexOf('/') + 1);
		var post = mvc.post().uri("/field/visits").with(as(monitor)).with(csrf()).header("Accept", "application/json")
			.header("Idempotency-Key", "resumed-1").param("facilityId", String.valueOf(clinic.id()))
			.param("formVersionId", String.valueOf(form.current().orElseThrow().id())).param("upload.photo", id);
		MonitoringFixtures.goodHealthAnswers().forEach((name, value) -> post.param("a." + name, value));
		assertThat(post.exchange()).hasStatus(201);

		String evidenceId = monitoring.visitByKey("resumed-1", principal(monitor)).orElseThrow().answers().get("photo");
		byte[] kept = mvc.get().uri("/evidence/" + evidenceId).with(as(monitor)).exchange().getResponse()
			.getContentAsByteArray();
		assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(kept))
			.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
		// handed over, the upload is gone
		assertThat(head(monitor, location)).hasStatus(404);
	}

	@Test
	void aVisitNamingAnUploadTheServerNoLongerHoldsAsksThePhoneToSendTheFileAgain() {
		var post = mvc.post().uri("/field/visits").with(as(monitor)).with(csrf()).header("Accept", "application/json")
			.header("Idempotency-Key", "lost-1").param("facilityId", String.valueOf(clinic.id()))
			.param("formVersionId", String.valueOf(form.current().orElseThrow().id()))
			.param("upload.photo", "00000000-0000-0000-0000-000000000000");
		MonitoringFixtures.goodHealthAnswers().forEach((name, value) -> post.param("a." + name, value));
		assertThat(post.exchange()).hasStatus(409).bodyJson().extractingPath("$.uploads[0]").isEqualTo("photo");
		assertThat(monitoring.visitByKey("lost-1", principal(monitor))).isEmpty();
	}

	@Test
	void onlyTheMonitorWhoBeganAnUploadSeesIt() {
		String location = begin(monitor, 10);
		AccountSummary other = AccountFixtures.hebronCoordinator(identity);
		assertThat(head(other, location)).hasStatus(404);
		assertThat(piece(other, location, 0, new byte[10])).hasStatus(404);
		assertThat(head(monitor, location)).hasStatus(200);
		assertThat(mvc.head().uri(location).header("Tus-Resumable", "1.0.0").exchange().getResponse().getStatus())
			.isNotEqualTo(200);
	}

	@Test
	void limitsHold() {
		assertThat(mvc.post().uri("/field/uploads").with(as(monitor)).with(csrf()).header("Tus-Resumable", "1.0.0")
			.header("Upload-Length", String.valueOf(21L * 1024 * 1024)).exchange()).hasStatus(413);
		String location = begin(monitor, 10);
		// a piece longer than the file is not kept
		assertThat(piece(monitor, location, 0, new byte[11])).hasStatus(413);
		assertThat(head(monitor, location)).headers().hasValue("Upload-Offset", "0");
		// the protocol is spoken or refused
		assertThat(mvc.patch().uri(location).with(as(monitor)).with(csrf()).header("Upload-Offset", "0")
			.contentType("application/offset+octet-stream").content(new byte[1]).exchange()).hasStatus(412);
		assertThat(mvc.patch().uri(location).with(as(monitor)).with(csrf()).header("Tus-Resumable", "1.0.0")
			.header("Upload-Offset", "0").contentType("application/octet-stream").content(new byte[1]).exchange())
			.hasStatus(415);
		assertThat(mvc.options().uri("/field/uploads").with(as(monitor)).exchange()).hasStatus(204).headers()
			.hasValue("Tus-Version", "1.0.0");
		assertThat(mvc.delete().uri(location).with(as(monitor)).with(csrf()).header("Tus-Resumable", "1.0.0")
			.exchange()).hasStatus(204);
		assertThat(head(monitor, location)).hasStatus(404);
	}

	private RasdPrincipal principal(AccountSummary account) {
		return (RasdPrincipal) users.loadUserByUsername(account.username());
	}
}
