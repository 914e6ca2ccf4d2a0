package ps.rasd.cases.web;

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

import ps.rasd.cases.ActionInput;
import ps.rasd.cases.CaseAction;
import ps.rasd.cases.CaseFollowUps;
import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CaseQueue;
import ps.rasd.cases.CaseWorkflow;
import ps.rasd.cases.CaseQuery;
import ps.rasd.cases.CaseStatus;
import ps.rasd.cases.CaseSummary;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;
import ps.rasd.support.Principals;

@IntegrationTest
@Transactional
class CaseWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	RegistryManagement registry;

	@Autowired
	CaseQueue caseQueue;

	@Autowired
	CaseWorkflow caseWorkflow;

	@Autowired
	CaseIntake caseIntake;

	@Autowired
	CaseFollowUps caseFollowUps;

	@Autowired
	ps.rasd.cases.CaseReplies caseReplies;

	@Autowired
	ps.rasd.evidence.EvidenceManagement evidence;

	private FacilitySummary clinic;

	private AccountSummary coordinator;

	private RequestPostProcessor as(AccountSummary account) {
		return user(users.loadUserByUsername(account.username()));
	}

	@BeforeEach
	void setUp() {
		clinic = MonitoringFixtures.hebronHealthCentre(registry);
		coordinator = AccountFixtures.hebronCoordinator(identity);
	}

	private MvcTestResult complain(String title, String address) {
		return mvc.post().uri("/complaint").with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		})
			.param("title", title).param("description", "المياه مقطوعة عن الحي منذ أسبوع")
			.param("sectorCode", "WATER").param("governorateCode", "50").param("place", "دورا")
			.param("name", "سامي").param("phone", "0599000111").param("idempotencyKey", title).exchange();
	}

	private String referenceOf(String title) {
		return caseQueue.queue(CaseQuery.all(), 0, 200, Principals.admin()).items().stream()
			.filter(c -> c.title().equals(title)).findFirst().orElseThrow().reference();
	}

	@Test
	void thePublicComplaintFormIsArabicAndWorksWithoutAnAccount() {
		assertThat(mvc.get().uri("/complaint").exchange()).hasStatusOk().bodyText()
			.contains("dir=\"rtl\"", "قدّم شكوى عن خدمة عامة", "name=\"website\"", "name=\"idempotencyKey\"");
		assertThat(mvc.get().uri("/complaint").cookie(new Cookie("rasd-lang", "en")).exchange()).bodyText()
			.contains("Report a problem with a public service");
	}

	@Test
	void aComplaintIsFiledOnceShowsItsReferenceAndSecretLinkAndNeverTheReporter() {
		MvcTestResult first = complain("انقطاع المياه في دورا", "10.0.0.1");
		assertThat(first).hasRedirectedUrl("/complaint/received");
		String token = (String) first.getMvcResult().getFlashMap().get("trackingToken");
		assertThat(token).isNotBlank();
		assertThat(complain("انقطاع المياه في دورا", "10.0.0.1")).hasRedirectedUrl("/complaint/received");
		assertThat(caseQueue.queue(CaseQuery.all(), 0, 200, Principals.admin()).items())
			.filteredOn(c -> c.title().equals("انقطاع المياه في دورا")).hasSize(1);

		MvcTestResult tracking = mvc.get().uri("/track/" + token).exchange();
		assertThat(tracking).hasStatusOk().bodyText().contains("انقطاع المياه في دورا", "بانتظار التحقق")
			.doesNotContain("سامي", "0599000111");
		assertThat(mvc.get().uri("/track/not-a-token").exchange()).hasStatus(404);
	}

	@Test
	void theTrackingPageShowsTheReportersPhotosThePublishedReplyAndTheLinkToCopyInBothLanguages() throws Exception {
		MvcTestResult filed = complain("حفرة في شارع المدرسة", "10.0.0.21");
		String token = (String) filed.getMvcResult().getFlashMap().get("trackingToken");
		String ref = referenceOf("حفرة في شارع المدرسة");
		complain("حفرة أخرى", "10.0.0.22");
		var coord = Principals.coordinator("50");
		long photo = evidence.upload(new java.io.ByteArrayInputStream(ps.rasd.evidence.TestFiles.photoWithGps(640, 480)),
				"case", ref, "50", coord).id();
		long otherPhoto = evidence.upload(new java.io.ByteArrayInputStream(ps.rasd.evidence.TestFiles.photoWithGps(640,
				480)), "case", referenceOf("حفرة أخرى"), "50", coord).id();
		CaseSummary verified = caseWorkflow.act(ref, CaseAction.VERIFY, 0, ActionInput.notes(null, null), coord);
		caseWorkflow.act(ref, CaseAction.REFER, verified.version(), new ActionInput(clinic.authorityId(), null, null,
				null, null, null, null), coord);
		String replyToken = caseWorkflow.currentReplyToken(ref, coord).orElseThrow();
		mvc.post().uri("/reply/" + replyToken).with(csrf()).param("kind", "REPLY_IN_PROGRESS")
			.param("message", "فرقنا تعمل على ردم الحفرة").exchange();
		long reply = caseReplies.replies(ref, coord).get(0).id();
		caseReplies.moderate(reply, ps.rasd.cases.Moderation.APPROVED, null, coord);

		for (String language : java.util.List.of("ar", "en")) {
			assertThat(mvc.get().uri("/track/" + token).cookie(new Cookie("rasd-lang", language)).exchange())
				.hasStatusOk().bodyText()
				.contains("فرقنا تعمل على ردم الحفرة", "/track/" + token + "/photos/" + photo + ".jpg",
						"id=\"tracking-link\"", "/track/" + token + "\"", "data-copy=\"tracking-link\"")
				.contains(language.equals("ar") ? "الصور التي أرسلتها" : "The photos you sent")
				.contains(language.equals("ar") ? "رد الجهة المسؤولة" : "The authority")
				.doesNotContain("/photos/" + otherPhoto + ".jpg", "/findings/" + ref, "سامي", "0599000111");
		}
		assertThat(mvc.get().uri("/track/" + token + "/photos/" + photo + ".jpg").exchange()).hasStatusOk()
			.hasContentType("image/jpeg");
		assertThat(mvc.get().uri("/track/" + token + "/photos/" + otherPhoto + ".jpg").exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/track/not-a-token/photos/" + photo + ".jpg").exchange()).hasStatus(404);
	}

	@Test
	void aRefusedComplaintKeepsWhatWasTypedAndSaysWhatIsWrongBesideEachField() {
		MvcTestResult result = mvc.post().uri("/complaint").with(csrf()).param("title", "")
			.param("description", "نص طويل كتبته بعناية").param("governorateCode", "50").param("sectorCode", "WATER")
			.param("place", "مكان لا وجود له إطلاقاً").param("email", "not-an-email").exchange();
		assertThat(result).hasStatus(422).bodyText().contains("نص طويل كتبته بعناية", "id=\"title-error\"",
				"id=\"place-error\"", "id=\"email-error\"", "هذا الحقل مطلوب.", "not-an-email");
	}

	@Test
	void aRobotFillingTheHoneypotIsThankedAndNothingIsKept() {
		mvc.post().uri("/complaint").with(csrf()).param("title", "روبوت").param("description", "إعلان")
			.param("governorateCode", "50").param("sectorCode", "WATER").param("website", "http://spam.example")
			.exchange();
		assertThat(caseQueue.queue(CaseQuery.all(), 0, 200, Principals.admin()).items())
			.noneMatch(c -> c.title().equals("روبوت"));
	}

	@Test
	void tooManyComplaintsFromOneAddressAreHeldOff() {
		for (int i = 0; i < 5; i++) {
			assertThat(complain("سيل " + i, "10.9.9.9")).hasStatus3xxRedirection();
		}
		assertThat(complain("سيل 6", "10.9.9.9")).hasStatus(429).bodyText().contains("حاول بعد ساعة");
	}

	@Test
	void theCoordinatorSeesTheQueueTheCaseAndItsActionsAndMovesItOn() {
		complain("مياه للاختبار", "10.0.0.2");
		String ref = referenceOf("مياه للاختبار");
		assertThat(mvc.get().uri("/cases").with(as(coordinator)).exchange()).hasStatusOk().bodyText()
			.contains(ref, "ما ينتظرك", "بانتظار التحقق");
		MvcTestResult page = mvc.get().uri("/cases/" + ref).with(as(coordinator)).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("value=\"VERIFY\"", "value=\"REQUEST_INFO\"")
			.doesNotContain("سامي");
		assertThat(mvc.post().uri("/cases/" + ref + "/actions").with(as(coordinator)).with(csrf())
			.param("action", "VERIFY").param("version", "0").param("internalNote", "تحققنا").exchange())
			.hasRedirectedUrl("/cases/" + ref);
		assertThat(caseQueue.byReference(ref, Principals.admin()).status()).isEqualTo(CaseStatus.VERIFIED);
		// a second coordinator on the old version gets the conflict, with what they typed kept
		MvcTestResult stale = mvc.post().uri("/cases/" + ref + "/actions").with(as(coordinator)).with(csrf())
			.param("action", "CLOSE_UNRESOLVED").param("version", "0").param("publicNote", "نص عام كتبته")
			.exchange();
		assertThat(stale).hasStatus(409).bodyText().contains("غيّر شخص آخر هذه الحالة");
		// the reporter is sealed until asked for, and the read is a POST
		assertThat(mvc.post().uri("/cases/" + ref + "/reporter").with(as(coordinator)).with(csrf()).exchange())
			.hasStatusOk().bodyText().contains("سامي", "0599000111");
	}

	@Test
	void aCoordinatorOfAnotherGovernorateAndThePublicCannotOpenTheCase() {
		complain("مياه مخفية", "10.0.0.3");
		String ref = referenceOf("مياه مخفية");
		AccountSummary bethlehem = identity.createWithPassword(AccountFixtures.uniqueName("coordinator"),
				new ps.rasd.identity.AccountDetails("منسق بيت لحم", null,
						java.util.EnumSet.of(ps.rasd.shared.access.Role.COORDINATOR), java.util.Set.of("45")),
				AccountFixtures.PASSWORD);
		assertThat(mvc.get().uri("/cases/" + ref).with(as(bethlehem)).exchange()).hasStatus(403);
		assertThat(mvc.get().uri("/cases/" + ref).exchange()).hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/cases/" + ref + "/reporter").with(as(bethlehem)).with(csrf()).exchange())
			.hasStatus(403);
	}

	@Test
	void theAuthorityRepliesThroughItsLinkOnceAndATamperedLinkIsRefused() {
		complain("مياه للإحالة", "10.0.0.4");
		String ref = referenceOf("مياه للإحالة");
		var coord = Principals.coordinator("50");
		CaseSummary verified = caseWorkflow.act(ref, CaseAction.VERIFY, 0, ActionInput.notes(null, null), coord);
		caseWorkflow.act(ref, CaseAction.REFER, verified.version(), new ActionInput(clinic.authorityId(), null, null, null,
				null, null, null), coord);
		String token = caseWorkflow.currentReplyToken(ref, coord).orElseThrow();

		assertThat(mvc.get().uri("/cases/" + ref + "/letter").with(as(coordinator)).exchange()).hasStatusOk()
			.bodyText().contains("/reply/" + token, "مديرية صحة الخليل");
		assertThat(mvc.get().uri("/reply/" + token).exchange()).hasStatusOk().bodyText()
			.contains("مياه للإحالة", "value=\"REPLY_RESOLVED\"").doesNotContain("سامي");
		assertThat(mvc.get().uri("/reply/" + token.substring(0, token.length() - 3) + "abc").exchange())
			.hasStatus(404).bodyText().contains("هذا الرابط غير صالح");
		MvcTestResult missing = mvc.post().uri("/reply/" + token).with(csrf()).param("kind", "REPLY_SCHEDULED")
			.param("message", "سنصلح الخط").exchange();
		assertThat(missing).hasStatus(422).bodyText().contains("سنصلح الخط", "هذا الحقل مطلوب.");
		assertThat(mvc.post().uri("/reply/" + token).with(csrf()).param("kind", "REPLY_SCHEDULED")
			.param("message", "سنصلح الخط").param("scheduledFor", "2030-01-15").exchange()).hasStatusOk()
			.bodyText().contains("وصل ردكم");
		assertThat(caseQueue.byReference(ref, coord).status()).isEqualTo(CaseStatus.ACTION_SCHEDULED);
		// the link on the paper letter serves later updates while the case waits for the authority
		assertThat(mvc.get().uri("/reply/" + token).exchange()).hasStatusOk().bodyText()
			.contains("value=\"REPLY_RESOLVED\"");
		assertThat(mvc.post().uri("/reply/" + token).with(csrf()).param("kind", "REPLY_RESOLVED")
			.param("message", "أصلحنا الخط").exchange()).hasStatusOk().bodyText().contains("وصل ردكم");
		assertThat(caseQueue.byReference(ref, coord).status()).isEqualTo(CaseStatus.RESOLVED);
		assertThat(caseReplies.replies(ref, coord)).as("each update recorded").hasSize(2);
		// once the case no longer waits for the authority the link is closed
		assertThat(mvc.get().uri("/reply/" + token).exchange()).hasStatus(410).bodyText()
			.contains("أُغلق هذا الرابط");
	}

	@Test
	void bulkVerificationMovesEverySelectedCaseItMay() {
		complain("جماعي ١", "10.0.0.5");
		complain("جماعي ٢", "10.0.0.5");
		String a = referenceOf("جماعي ١");
		String b = referenceOf("جماعي ٢");
		assertThat(mvc.post().uri("/cases/bulk").with(as(coordinator)).with(csrf()).param("op", "verify")
			.param("refs", a, b).exchange()).hasRedirectedUrl("/cases");
		assertThat(caseQueue.byReference(a, Principals.admin()).status()).isEqualTo(CaseStatus.VERIFIED);
		assertThat(caseQueue.byReference(b, Principals.admin()).status()).isEqualTo(CaseStatus.VERIFIED);

		for (String language : java.util.List.of("ar", "en")) {
			complain("جماعي آخر " + language, "10.0.0.5");
			String c = referenceOf("جماعي آخر " + language);
			MvcTestResult again = mvc.post().uri("/cases/bulk").with(as(coordinator)).with(csrf())
				.cookie(new jakarta.servlet.http.Cookie("rasd-lang", language)).param("op", "verify")
				.param("refs", a, c).exchange();
			var flash = again.getMvcResult().getFlashMap();
			assertThat(flash.get("bulkRefusals")).as("the refused case is named with why")
				.asString().contains(a).contains(language.equals("ar") ? "لا يمكن تنفيذ هذا الإجراء"
						: "This action cannot be taken").doesNotContain(c);
			MvcTestResult queuePage = mvc.get().uri("/cases").with(as(coordinator))
				.cookie(new jakarta.servlet.http.Cookie("rasd-lang", language)).flashAttrs(flash).exchange();
			assertThat(queuePage).bodyText().contains(a).contains(language.equals("ar") ? "بقيت هذه البلاغات كما هي"
					: "These cases were left as they were");
			assertThat(caseQueue.byReference(c, Principals.admin()).status()).isEqualTo(CaseStatus.VERIFIED);
		}
	}

	@Test
	void theFacilityPageInvitesThePublicToReportAndShowsStaffItsOpenCases() {
		assertThat(mvc.get().uri("/facilities/" + clinic.id()).exchange()).hasStatusOk().bodyText()
			.contains("/complaint?facility=" + clinic.id());
		assertThat(mvc.get().uri("/complaint?facility=" + clinic.id()).exchange()).bodyText()
			.contains("مركز صحي دورا", "name=\"facilityId\"");
		caseIntake.file(new ps.rasd.cases.NewCase("مشكلة في المركز", "وصف", null, null, clinic.id(), null, null, null), null,
				ps.rasd.cases.CaseSource.STAFF, null, Principals.coordinator("50"));
		assertThat(mvc.get().uri("/facilities/" + clinic.id()).with(as(coordinator)).exchange()).bodyText()
			.contains("مشكلة في المركز", "/cases/new?facility=" + clinic.id());
		assertThat(mvc.get().uri("/facilities/" + clinic.id()).exchange()).bodyText()
			.doesNotContain("مشكلة في المركز");
	}

	@Test
	void bulkAssignmentSendsAMonitorToCheckEverySelectedFixAndCountsWhatCannotBe() {
		var coord = Principals.coordinator("50");
		AccountSummary monitor = AccountFixtures.hebronMonitor(identity);
		complain("إصلاح ١", "10.0.0.7");
		complain("إصلاح ٢", "10.0.0.7");
		String a = referenceOf("إصلاح ١");
		String b = referenceOf("إصلاح ٢");
		CaseSummary verified = caseWorkflow.act(a, CaseAction.VERIFY, 0, ActionInput.notes(null, null), coord);
		CaseSummary referred = caseWorkflow.act(a, CaseAction.REFER, verified.version(), new ActionInput(clinic.authorityId(),
				null, null, null, null, null, null), coord);
		caseWorkflow.act(a, CaseAction.REPLY_RESOLVED, referred.version(), ActionInput.notes("أصلحنا", null), coord);
		MvcTestResult result = mvc.post().uri("/cases/bulk").with(as(coordinator)).with(csrf()).param("op", "assign")
			.param("monitorId", String.valueOf(monitor.id())).param("refs", a, b).exchange();
		assertThat(result).hasRedirectedUrl("/cases");
		assertThat((java.util.Map<String, Object>) result.getMvcResult().getFlashMap()).containsEntry("bulkDone", 1)
			.containsEntry("bulkFailed", 1);
		assertThat(caseFollowUps.followUps(a, coord)).extracting(ps.rasd.cases.FollowUpView::monitorId)
			.containsExactly(monitor.id());
		for (String language : java.util.List.of("ar", "en")) {
			assertThat(mvc.get().uri("/cases/" + a).with(as(coordinator))
				.cookie(new jakarta.servlet.http.Cookie("rasd-lang", language)).exchange()).bodyText()
				.as("the follow-up names the monitor, not an internal id").contains("راصد الخليل")
				.doesNotContain("account-" + monitor.id());
		}
	}

	@Test
	void aMonitorFilesACaseFromTheStaffForm() {
		AccountSummary monitor = AccountFixtures.hebronMonitor(identity);
		MvcTestResult filed = mvc.post().uri("/cases").with(as(monitor)).with(csrf()).param("facilityId",
				String.valueOf(clinic.id())).param("title", "نقص أدوية").param("description", "لا يوجد أنسولين")
			.param("idempotencyKey", "staff-1").exchange();
		assertThat(filed).hasStatus3xxRedirection();
		String url = filed.getResponse().getRedirectedUrl();
		assertThat(url).matches("/cases/RSD-\\d{4}-\\d{6}");
		assertThat(mvc.get().uri(url).with(as(monitor)).exchange()).hasStatusOk().bodyText().contains("نقص أدوية",
				"مركز صحي دورا");
	}
}
