package ps.rasd.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.ActionInput;
import ps.rasd.cases.CaseAction;
import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CasePublication;
import ps.rasd.cases.CaseQueue;
import ps.rasd.cases.CaseWorkflow;
import ps.rasd.cases.CaseSource;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.NewCase;
import ps.rasd.cases.ReporterDetails;
import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.evidence.TestFiles;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.Tier;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;
import ps.rasd.support.Principals;

/**
 * Photos on a published case's page: none until a coordinator marks one safe for the public (audited); then only its
 * thumbnail, only while the case is public, and no other file can be reached through the public address.
 */
@IntegrationTest
@Transactional
class PublicPhotosWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CaseIntake caseIntake;

	@Autowired
	CaseWorkflow caseWorkflow;

	@Autowired
	CasePublication casePublication;

	@Autowired
	CaseQueue caseQueue;

	@Autowired
	RegistryManagement registry;

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	ps.rasd.shared.AuditTrail audit;

	private AccountSummary coordinator;

	private String ref;

	private String other;

	private long safe;

	private long kept;

	private long elsewhere;

	@BeforeEach
	void publishedCaseWithTwoPhotos() {
		coordinator = AccountFixtures.hebronCoordinator(identity);
		ref = published("انقطاع المياه عن المدرسة");
		other = published("تسرب في خزان المياه");
		var staff = Principals.coordinator("50");
		safe = evidence.upload(new ByteArrayInputStream(TestFiles.photoWithGps(800, 600)), "case", ref, "50", staff)
			.id();
		kept = evidence.upload(new ByteArrayInputStream(TestFiles.photoWithGps(640, 480)), "case", ref, "50", staff)
			.id();
		elsewhere = evidence.upload(new ByteArrayInputStream(TestFiles.photoWithGps(640, 480)), "case", other, "50",
				staff).id();
	}

	private String published(String title) {
		var clinic = MonitoringFixtures.hebronHealthCentre(registry);
		var staff = Principals.coordinator("50");
		String reference = caseIntake.file(new NewCase(title, "قال أحمد إن المشكلة مستمرة، هاتفه 0599111222", null, null,
				clinic.id(), null, null, null), new ReporterDetails("أحمد", "0599111222", null, false, false, "ar"),
				CaseSource.PUBLIC, null, null).summary().reference();
		CaseSummary verified = caseWorkflow.act(reference, CaseAction.VERIFY, 0, ActionInput.notes("ملاحظة", null), staff);
		casePublication.publication(reference, verified.version(), Tier.PUBLIC, null, title, "قصة منقحة عن " + title, staff);
		return reference;
	}

	private RequestPostProcessor as(AccountSummary account) {
		return user(users.loadUserByUsername(account.username()));
	}

	private void mark(long id, boolean value) {
		assertThat(mvc.post().uri("/cases/" + ref + "/files/" + id + "/public").param("safe", String.valueOf(value))
			.with(as(coordinator)).with(csrf()).exchange()).hasStatus3xxRedirection();
	}

	/**
	 * The audit entries this test's transaction would write on commit (the trail writes them just before a commit, and
	 * each test rolls back).
	 */
	private String pendingAudit() {
		Object trail = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(audit);
		return String.valueOf(org.springframework.transaction.support.TransactionSynchronizationManager.getResource(trail));
	}

	private String photoUrl(String reference, long id) {
		return "/findings/" + reference + "/photos/" + id + ".jpg";
	}

	@Test
	void aPublishedCaseShowsOnlyThePhotosACoordinatorMarkedSafeAsThumbnails() throws Exception {
		assertThat(mvc.get().uri("/findings/" + ref).exchange()).hasStatusOk().bodyText()
			.doesNotContain("/photos/", "/evidence/");
		assertThat(mvc.get().uri(photoUrl(ref, safe)).exchange()).hasStatus(404);

		assertThat(mvc.get().uri("/cases/" + ref + "?lang=en").with(as(coordinator)).exchange()).bodyText()
			.contains("Safe for the public: show on the published page");
		mark(safe, true);
		assertThat(pendingAudit()).contains("case.photo-public", ref, "evidence=" + safe);
		assertThat(mvc.get().uri("/cases/" + ref + "?lang=en").with(as(coordinator)).exchange()).bodyText()
			.contains("Shown on the published page.", "Hide from the published page");

		String page = mvc.get().uri("/findings/" + ref + "?lang=en").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<h2>Photos</h2>", photoUrl(ref, safe)).doesNotContain(photoUrl(ref, kept),
				"/evidence/", "أحمد", "0599111222");
		assertThat(mvc.get().uri("/findings/" + ref).exchange()).bodyText().contains("الصور", "صورة من الحالة");

		var thumbnail = mvc.get().uri(photoUrl(ref, safe)).exchange();
		assertThat(thumbnail).hasStatusOk().hasContentType("image/jpeg");
		byte[] bytes = thumbnail.getResponse().getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
		assertThat(image.getWidth()).isLessThan(800);
		// no metadata of the camera or the place in what the public gets
		assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "GPS");
	}

	@Test
	void thePublicAddressReachesNoOtherFileAndNothingOnceTheCaseIsNotPublic() throws Exception {
		mark(safe, true);
		// a file of the case not marked, a file of another case, a file that does not exist: all not found
		assertThat(mvc.get().uri(photoUrl(ref, kept)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri(photoUrl(ref, elsewhere)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri(photoUrl(other, safe)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri(photoUrl(ref, 999_999_999L)).exchange()).hasStatus(404);
		// the staff address of the same file stays closed to the public
		assertThat(mvc.get().uri("/evidence/" + safe).exchange().getResponse().getStatus()).isNotEqualTo(200);
		assertThat(mvc.get().uri("/evidence/" + safe + "/thumbnail").exchange().getResponse().getStatus())
			.isNotEqualTo(200);

		// a monitor cannot mark a photo; a file of another case cannot be marked through this case
		AccountSummary monitor = AccountFixtures.hebronMonitor(identity);
		assertThat(mvc.post().uri("/cases/" + ref + "/files/" + kept + "/public").param("safe", "true")
			.with(as(monitor)).with(csrf()).exchange()).hasStatus4xxClientError();
		assertThat(mvc.post().uri("/cases/" + ref + "/files/" + elsewhere + "/public").param("safe", "true")
			.with(as(coordinator)).with(csrf()).exchange()).hasStatus(404);
		assertThat(mvc.get().uri(photoUrl(ref, kept)).exchange()).hasStatus(404);

		// under embargo: the page and the photo are not found
		CaseSummary now = caseQueue.byReference(ref, Principals.coordinator("50"));
		CaseSummary embargoed = casePublication.publication(ref, now.version(), Tier.PUBLIC, LocalDate.now().plusYears(1),
				now.publicTitle(), now.publicStory(), Principals.coordinator("50"));
		assertThat(mvc.get().uri("/findings/" + ref).exchange()).hasStatus(404);
		assertThat(mvc.get().uri(photoUrl(ref, safe)).exchange()).hasStatus(404);
		casePublication.publication(ref, embargoed.version(), Tier.PUBLIC, null, now.publicTitle(), now.publicStory(),
				Principals.coordinator("50"));
		assertThat(mvc.get().uri(photoUrl(ref, safe)).exchange()).hasStatusOk();

		// the mark taken back: gone at once
		mark(safe, false);
		assertThat(pendingAudit()).contains("case.photo-private", ref);
		assertThat(mvc.get().uri(photoUrl(ref, safe)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/findings/" + ref).exchange()).bodyText().doesNotContain("/photos/");
	}
}
