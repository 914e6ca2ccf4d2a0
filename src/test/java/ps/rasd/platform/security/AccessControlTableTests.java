package ps.rasd.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;

/**
 * Every page and API endpoint, read by every role, in its own governorate (Hebron) or another (Bethlehem): the
 * expected answer is written in the table — A allowed, D denied (403, 404, or sent to sign-in).
 */
@IntegrationTest
@Transactional
class AccessControlTableTests {

	private static final List<String> WHO = List.of("public", "monitor", "otherMonitor", "coordinator",
			"otherCoordinator", "analyst", "partner", "admin");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ps.rasd.shared.spi.PdfRenderer pdf;

	private byte[] lawText() {
		return pdf.render("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" dir=\"rtl\"><head>"
				+ "<meta charset=\"utf-8\"/><style>body { font-family: 'Rasd Arabic'; }</style></head>"
				+ "<body><p>المادة الأولى</p></body></html>", true);
	}

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

	@Autowired
	ps.rasd.cases.CaseIntake caseIntake;

	@Autowired
	ps.rasd.cases.CasePublication casePublication;

	@Autowired
	ps.rasd.polls.PollManagement polls;

	@Autowired
	ps.rasd.monitoring.RoundPlanning rounds;

	@Autowired
	ps.rasd.network.NetworkManagement network;

	@Autowired
	ps.rasd.advocacy.CampaignManagement campaigns;

	@Autowired
	ps.rasd.advocacy.AdvocacyManagement tracker;

	@Autowired
	ps.rasd.advocacy.Commitments advocacyCommitments;

	@Autowired
	ps.rasd.advocacy.PositionPapers advocacyPapers;

	private String account(String name, Role role, String... governorates) {
		String username = identity.createWithPassword(AccountFixtures.uniqueName(name),
				new AccountDetails(name, null, EnumSet.of(role), Set.of(governorates)), AccountFixtures.PASSWORD)
			.username();
		identity.consent(username);
		return username;
	}

	@Test
	void everyRoleGetsWhatTheTableSays() throws Exception {
		Map<String, String> usernames = Map.of("monitor", account("m", Role.MONITOR, "50"), "otherMonitor",
				account("m2", Role.MONITOR, "45"), "coordinator", account("c", Role.COORDINATOR, "50"),
				"otherCoordinator", account("c2", Role.COORDINATOR, "45"), "analyst", account("a", Role.ANALYST),
				"partner", account("p", Role.PARTNER), "admin", account("ad", Role.ADMIN));
		var clinic = MonitoringFixtures.hebronHealthCentre(registry);
		long formId = MonitoringFixtures.publishedHealthForm(forms).id();
		var monitor = (ps.rasd.shared.RasdPrincipal) users.loadUserByUsername(usernames.get("monitor"));
		long visit = monitoring.submitNew(clinic.id(), null, MonitoringFixtures.goodHealthAnswers(), "acl", monitor)
			.visit().id();
		long facility = clinic.id();
		String kase = caseIntake.file(new ps.rasd.cases.NewCase("مشكلة", "وصف المشكلة", null, null, clinic.id(), null, null,
				null), null, ps.rasd.cases.CaseSource.STAFF, null, monitor).summary().reference();
		// the same kind of case, shared with partner organisations
		String shared = caseIntake.file(new ps.rasd.cases.NewCase("مشكلة مشتركة", "وصف المشكلة", null, null, clinic.id(),
				null, null, null), null, ps.rasd.cases.CaseSource.STAFF, null, monitor).summary().reference();
		casePublication.publication(shared, 0, ps.rasd.shared.Tier.PARTNERS, null, null, null,
				ps.rasd.support.Principals.coordinator("50"));
		// shared with partners from next month: the embargo binds partners on every path
		String embargoed = caseIntake.file(new ps.rasd.cases.NewCase("مشكلة محجوبة", "وصف المشكلة", null, null,
				clinic.id(), null, null, null), null, ps.rasd.cases.CaseSource.STAFF, null, monitor).summary().reference();
		casePublication.publication(embargoed, 0, ps.rasd.shared.Tier.PARTNERS,
				java.time.LocalDate.now().plusMonths(1), null, null, ps.rasd.support.Principals.coordinator("50"));
		long round = rounds.create(new ps.rasd.shared.LocalizedText("جولة", null), formId, Set.of("50"),
				java.time.LocalDate.now(), java.time.LocalDate.now().plusDays(30),
				ps.rasd.support.Principals.coordinator("50")).id();

		var poll = ps.rasd.support.PollFixtures.pollInFieldwork(polls, forms);
		var draftCampaign = campaigns.create(new ps.rasd.advocacy.CampaignDraft("acl-draft-" + System.nanoTime(), "حملة",
				null, "هدف", null, null, null, "50", null, null, null, false), false, ps.rasd.support.Principals.admin());
		var law = tracker.create(new ps.rasd.advocacy.InstrumentDraft("acl-law-" + System.nanoTime(), "LAW", "قانون", null,
				null, null, null, null, null, null, null, null, null, null, null, null), false,
				ps.rasd.support.Principals.admin());
		tracker.publish(law.id(), true, ps.rasd.support.Principals.admin());
		tracker.upload(law.id(), new java.io.ByteArrayInputStream(lawText()), ps.rasd.support.Principals.admin());
		var draftLaw = tracker.create(new ps.rasd.advocacy.InstrumentDraft("acl-draft-law-" + System.nanoTime(), "LAW",
				"مسودة", null, null, null, null, null, null, null, null, null, null, null, null, null), false,
				ps.rasd.support.Principals.admin());
		tracker.upload(draftLaw.id(), new java.io.ByteArrayInputStream(lawText()), ps.rasd.support.Principals.admin());
		var meeting = advocacyCommitments.recordMeeting(draftCampaign.id(), new ps.rasd.advocacy.MeetingDraft(
				java.time.LocalDate.now(), null, "مقر", null, null, null, null, null, null), ps.rasd.support.Principals.admin());
		var commitment = advocacyCommitments.commit(meeting.id(), null, null, "مدير", "وعد",
				java.time.LocalDate.now(), ps.rasd.support.Principals.admin());
		campaigns.addOutcome(draftCampaign.id(), ps.rasd.advocacy.OutcomeKind.OTHER, "نتيجة", "مصدر",
				java.time.LocalDate.now(), ps.rasd.support.Principals.admin());
		long outcome = campaigns.outcomes(draftCampaign.id()).get(0).id();
		long paper = advocacyPapers.write(draftCampaign.id(), new ps.rasd.advocacy.PaperDraft(
				ps.rasd.advocacy.PaperKind.BRIEF, "ar", "ورقة", "نص"), ps.rasd.support.Principals.admin(),
				java.util.Locale.ENGLISH).id();
		var publicCampaign = campaigns.create(new ps.rasd.advocacy.CampaignDraft("acl-public-" + System.nanoTime(),
				"حملة منشورة", null, "هدف", null, null, null, "50", null, null, null, false), false,
				ps.rasd.support.Principals.admin());
		campaigns.publish(publicCampaign.id(), true, ps.rasd.support.Principals.admin());
		long person = network.create(ps.rasd.network.PersonDetails.named("عضو للاختبار", "50")
			.withContacts("0599555666", null), ps.rasd.support.Principals.coordinator("50")).id().value();

		// path: public monitor otherMonitor coordinator otherCoordinator analyst partner admin
		String[][] table = {
				{ "/", "A A A A A A A A" },
				{ "/governorates/50", "A A A A A A A A" },
				{ "/facilities", "A A A A A A A A" },
				{ "/facilities/" + facility, "A A A A A A A A" },
				{ "/facilities/export.csv", "A A A A A A A A" },
				{ "/facilities/near?lat=31.53&lon=35.1", "A A A A A A A A" },
				{ "/authorities", "A A A A A A A A" },
				{ "/api/v1/facilities", "A A A A A A A A" },
				{ "/api/v1/forms", "A A A A A A A A" },
				{ "/facilities/new", "D D D A A D D A" },
				{ "/facilities/" + facility + "/edit", "D D D A D D D A" },
				{ "/facilities/import", "D D D A A D D A" },
				{ "/my-work", "D A A A A A A A" },
				{ "/visits", "D A A A A A D A" },
				{ "/visits/" + visit, "D A D A D A D A" },
				{ "/api/v1/visits/" + visit, "D A D A D A D A" },
				{ "/field", "D A A A A D D A" },
				{ "/field/offline.json", "D A A A A D D A" },
				{ "/field/cases/new", "D A A A A D D A" },
				{ "/field/sw.js", "A A A A A A A A" },
				{ "/field/manifest.webmanifest", "A A A A A A A A" },
				{ "/rounds", "D D D A A A D A" },
				{ "/rounds/" + round, "D D D A D A D A" },
				{ "/complaint", "A A A A A A A A" },
				{ "/search?q=gaza", "A A A A A A A A" },
				{ "/search", "A A A A A A A A" },
				{ "/api/v1/search?q=gaza", "A A A A A A A A" },
				{ "/cases", "D A A A A A A A" },
				{ "/cases/" + kase, "D A D A D A D A" },
				{ "/api/v1/cases/" + kase, "D A D A D A D A" },
				{ "/cases/" + shared, "D A D A D A A A" },
				{ "/api/v1/cases/" + shared, "D A D A D A A A" },
				{ "/cases/" + embargoed, "D A D A D A D A" },
				{ "/api/v1/cases/" + embargoed, "D A D A D A D A" },
				{ "/cases/" + kase + "/letter", "D D D A D D D A" },
				{ "/shared/visits", "D D D D D D A A" },
				{ "/shared/cases", "D D D D D D A A" },
				{ "/dashboards", "A A A A A A A A" },
				{ "/dashboards/data.csv", "A A A A A A A A" },
				{ "/map", "A A A A A A A A" },
				{ "/map/data.geojson", "A A A A A A A A" },
				{ "/sectors", "A A A A A A A A" },
				{ "/sectors/HEALTH", "A A A A A A A A" },
				{ "/cases/" + kase + "/letter.pdf", "D D D A D D D A" },
				{ "/reports", "D A A A A A D A" },
				{ "/exports", "D A A A A A A A" },
				{ "/exports/cases.csv", "A A A A A A A A" },
				{ "/exports/visits.xlsx", "A A A A A A A A" },
				{ "/exports/facilities.geojson", "A A A A A A A A" },
				{ "/api/v1/exports/sources", "A A A A A A A A" },
				{ "/api/v1/exports/cases.csv", "A A A A A A A A" },
				{ "/api/v1/exports/jobs", "D A A A A A A A" },
				{ "/api/v1/reports", "D A A A A A D A" },
				{ "/api/v1/cases", "D A A A A A A A" },
				{ "/api/v1/visits", "D A A A A A D A" },
				{ "/api/v1/places", "A A A A A A A A" },
				{ "/polls", "D A A A A A D A" },
				{ "/polls/new", "D D D D D A D A" },
				{ "/polls/" + poll.id(), "D D D D D A D A" },
				{ "/polls/" + poll.id() + "/responses", "D D D D D A D A" },
				{ "/polls/" + poll.id() + "/interview", "D A A A A A D A" },
				{ "/p/" + poll.openLink(), "A A A A A A A A" },
				{ "/api/v1/opinion-polls", "A A A A A A A A" },
				{ "/admin/accounts", "D D D D D D D A" },
				{ "/admin/forms", "D D D D D D D A" },
				{ "/admin/forms/" + formId, "D D D D D D D A" },
				{ "/admin/forms/" + formId + "/versions/" + forms.form(formId).current().orElseThrow().id() + ".xlsx",
						"D D D D D D D A" },
				{ "/team/devices", "D D D A A D D A" },
				// OpenRosa answers only a device token or a device's Digest sign-in, never a signed-in session
				{ "/openrosa/" + "x".repeat(32) + "/formList", "D D D D D D D D" },
				{ "/openrosa/formList", "D D D D D D D D" },
				{ "/admin/sectors", "D D D D D D D A" },
				{ "/admin/routing", "D D D D D D D A" },
				{ "/admin/audit", "D D D D D D D A" },
				{ "/admin/mail", "D D D D D D D A" },
				{ "/api/v1/admin/accounts", "D D D D D D D A" },
				{ "/actuator/prometheus", "D D D D D D D A" },
				{ "/actuator/health", "A A A A A A A A" },
				{ "/polls/targets", "D D D D D A D A" },
				{ "/polls/targets/new", "D D D D D A D A" },
				{ "/polls/" + poll.id() + "/quality", "D D D D D A D A" },
				{ "/polls/" + poll.id() + "/weighting", "D D D D D A D A" },
				{ "/polls/" + poll.id() + "/results", "D D D D D A D A" },
				{ "/opinion-polls", "A A A A A A A A" },
				{ "/news", "A A A A A A A A" },
				{ "/news/feed.atom", "A A A A A A A A" },
				{ "/library", "A A A A A A A A" },
				{ "/media", "A A A A A A A A" },
				{ "/editorial/media", "D D D A A D D A" },
				{ "/newsletter", "A A A A A A A A" },
				{ "/editorial", "D D D A A D D A" },
				{ "/editorial/articles/new", "D D D A A D D A" },
				{ "/editorial/library", "D D D A A D D A" },
				{ "/editorial/newsletter", "D D D A A D D A" },
				{ "/editorial/social", "D D D A A D D A" },
				{ "/editorial/social/calendar", "D D D A A D D A" },
				{ "/editorial/social/calendar/new", "D D D A A D D A" },
				{ "/polls/" + poll.id() + "/import", "D D D D D A D A" },
				// a poll whose results are not published has no public report, for anyone
				{ "/opinion-polls/" + poll.code() + "/report.pdf", "D D D D D D D D" },
				{ "/join", "A A A A A A A A" },
				{ "/join/thanks", "A A A A A A A A" },
				{ "/about/board", "A A A A A A A A" },
				{ "/network", "D D D A A A D A" },
				{ "/network/people/new", "D D D A A D D A" },
				{ "/network/people/" + person, "D D D A A A D A" },
				{ "/network/people/" + person + "/edit", "D D D A D D D A" },
				{ "/network/people/" + person + "/data.json", "D D D A D D D A" },
				{ "/network/suggestions?nameAr=abc", "D D D A A D D A" },
				{ "/network/branches", "D D D A A A D A" },
				{ "/network/branches/50", "D D D A A A D A" },
				{ "/network/applications", "D D D A A D D A" },
				{ "/network/groups", "D D D A A A D A" },
				{ "/network/organisations", "D D D A A A D A" },
				{ "/network/meetings", "D D D A A A D A" },
				{ "/network/decisions", "D D D A A A D A" },
				{ "/network/board", "D D D A A A D A" },
				{ "/network/import", "D D D A A D D A" },
				{ "/laws", "A A A A A A A A" },
				{ "/laws/" + law.slug(), "A A A A A A A A" },
				{ "/laws/" + law.slug() + "/text.pdf", "A A A A A A A A" },
				{ "/laws/" + draftLaw.slug(), "D D D A A A D A" },
				{ "/laws/" + draftLaw.slug() + "/text.pdf", "D D D A A A D A" },
				{ "/campaigns/" + draftCampaign.slug(), "D D D A A A D A" },
				{ "/advocacy", "D D D A A A D A" },
				{ "/advocacy/laws/new", "D D D A A A D A" },
				{ "/advocacy/laws/" + law.id(), "D D D A A A D A" },
				{ "/advocacy/campaigns/new", "D D D A A A D A" },
				{ "/advocacy/campaigns/" + draftCampaign.id(), "D D D A A A D A" },
				{ "/campaigns/" + publicCampaign.slug(), "A A A A A A A A" },
				{ "/advocacy/campaigns/" + draftCampaign.id() + "?who=abc&met=abc&body=abc", "D D D A A A D A" },
				{ "/advocacy/campaigns/" + draftCampaign.id() + "/edit", "D D D A A A D A" },
				{ "/advocacy/campaigns/" + draftCampaign.id() + "/bodies?body=abc", "D D D A A A D A" },
				{ "/advocacy/campaigns/" + draftCampaign.id() + "/papers/new", "D D D A A A D A" },
				{ "/advocacy/papers/" + paper, "D D D A A A D A" },
				{ "/advocacy/papers/" + paper + ".pdf", "D D D A A A D A" },
				{ "/advocacy/campaigns/" + draftCampaign.id() + "/decision-makers?who=abc", "D D D A A A D A" },
				{ "/advocacy/campaigns/" + draftCampaign.id() + "/people-met?met=abc", "D D D A A A D A" },
				{ "/advocacy/meetings/" + meeting.id() + "/edit", "D D D A A A D A" },
				{ "/advocacy/commitments/" + commitment.id() + "/edit", "D D D A A A D A" },
				{ "/advocacy/campaigns/" + draftCampaign.id() + "/outcomes/" + outcome + "/edit", "D D D A A A D A" } };
		List<String> wrong = new ArrayList<>();
		for (String[] row : table) {
			String[] expected = row[1].split(" ");
			for (int i = 0; i < WHO.size(); i++) {
				String who = WHO.get(i);
				var request = mvc.get().uri(row[0]);
				if (!who.equals("public")) {
					request = request.with(as(usernames.get(who)));
				}
				int status = request.exchange().getResponse().getStatus();
				boolean allowed = status == 200;
				if (allowed != expected[i].equals("A")) {
					wrong.add(row[0] + " as " + who + ": " + status + ", expected " + expected[i]);
				}
			}
		}
		assertThat(wrong).isEmpty();
		// a partner reads the redacted copy of what is shared with partners, never the reporter's own words
		assertThat(mvc.get().uri("/api/v1/cases/" + shared).with(as(usernames.get("partner"))).exchange()
			.getResponse().getContentAsString()).doesNotContain("وصف المشكلة");
		assertThat(mvc.get().uri("/cases/" + shared).with(as(usernames.get("partner"))).exchange()
			.getResponse().getContentAsString()).doesNotContain("وصف المشكلة");
	}

	@Autowired
	ps.rasd.freedoms.FreedomsManagement freedoms;

	@Autowired
	ps.rasd.freedoms.FreedomsPublication freedomsPublication;

	private static final List<String> FREEDOMS_WHO = List.of("public", "monitor", "coordinator", "analyst",
			"partner", "documenter", "otherDocumenter", "admin");

	@Test
	void everyFreedomsPageAndEndpointAnswersAsTheTableSays() {
		Map<String, String> usernames = Map.of("monitor", account("fm", Role.MONITOR, "50"), "coordinator",
				account("fc", Role.COORDINATOR, "50"), "analyst", account("fa", Role.ANALYST), "partner",
				account("fp", Role.PARTNER), "documenter", account("fd", Role.DOCUMENTER, "50"), "otherDocumenter",
				account("fd2", Role.DOCUMENTER, "45"), "admin", account("fad", Role.ADMIN));
		var documenter = (ps.rasd.shared.RasdPrincipal) users.loadUserByUsername(usernames.get("documenter"));
		String report = freedoms.report(ps.rasd.support.FreedomsFixtures.publicReport(), null);
		var verified = ps.rasd.support.FreedomsFixtures.verifiedEvent(freedoms, documenter, "ا", "ب");
		var published = ps.rasd.support.FreedomsFixtures.verifiedEvent(freedoms, documenter, "ج", "د");
		freedomsPublication.publish(published.reference(), published.version(), ps.rasd.shared.Tier.PUBLIC, "عنوان",
				"نص", null, documenter);
		var shared = ps.rasd.support.FreedomsFixtures.verifiedEvent(freedoms, documenter, "ه", "و");
		freedomsPublication.publish(shared.reference(), shared.version(), ps.rasd.shared.Tier.PARTNERS, "عنوان",
				"نص", null, documenter);
		String v = verified.reference();

		// path: public monitor coordinator analyst partner documenter otherDocumenter admin
		String[][] table = {
				{ "/freedoms/report", "A A A A A A A A" },
				{ "/violations", "A A A A A A A A" },
				{ "/violations/figures", "A A A A A A A A" },
				{ "/violations/feed.atom", "A A A A A A A A" },
				{ "/violations/" + published.reference(), "A A A A A A A A" },
				{ "/violations/" + shared.reference(), "D D D D A D D D" },
				{ "/violations/" + v, "D D D D D D D D" },
				{ "/freedoms", "D D D D D A A A" },
				{ "/freedoms/new", "D D D D D A A A" },
				{ "/freedoms/" + report, "D D D D D A D A" },
				{ "/freedoms/" + v, "D D D D D A D A" },
				{ "/freedoms/" + v + "/edit", "D D D D D A D A" },
				{ "/freedoms/" + v + "/publish", "D D D D D A D A" },
				{ "/freedoms/" + v + "/identities", "D D D D D A D A" },
				{ "/freedoms/figures", "D D D D D A A A" },
				{ "/freedoms/handover", "D D D D D A A A" },
				{ "/api/v1/freedoms/events", "D D D D D A A A" },
				{ "/api/v1/freedoms/events/" + v, "D D D D D A D A" },
				{ "/api/v1/freedoms/figures", "D D D D D A A A" },
				{ "/api/v1/freedoms/published", "D A A A A A A A" },
				{ "/api/v1/freedoms/published/" + shared.reference(), "D D D D A D D D" },
				{ "/exports/freedoms.csv", "A A A A A A A A" },
				{ "/admin/freedoms/terms", "D D D D D D D A" } };
		List<String> wrong = new ArrayList<>();
		for (String[] row : table) {
			String[] expected = row[1].split(" ");
			for (int i = 0; i < FREEDOMS_WHO.size(); i++) {
				String who = FREEDOMS_WHO.get(i);
				var request = mvc.get().uri(row[0]);
				if (!who.equals("public")) {
					request = request.with(as(usernames.get(who)));
				}
				int status = request.exchange().getResponse().getStatus();
				if ((status == 200) != expected[i].equals("A")) {
					wrong.add(row[0] + " as " + who + ": " + status + ", expected " + expected[i]);
				}
			}
		}
		assertThat(wrong).isEmpty();
		// a documenter of another governorate gets an empty list, never someone else's events
		assertThat(mvc.get().uri("/freedoms").with(as(usernames.get("otherDocumenter"))).exchange()).bodyText()
			.doesNotContain(v, report);
		assertThat(mvc.get().uri("/api/v1/freedoms/events").with(as(usernames.get("otherDocumenter"))).exchange())
			.bodyText().doesNotContain(v, report);
	}

	@Test
	void changesAreRefusedToThoseWhoMayNotMakeThem() {
		String monitor = account("m", Role.MONITOR, "50");
		String otherCoordinator = account("c2", Role.COORDINATOR, "45");
		var clinic = MonitoringFixtures.hebronHealthCentre(registry);
		MonitoringFixtures.publishedHealthForm(forms);
		var principal = (ps.rasd.shared.RasdPrincipal) users.loadUserByUsername(monitor);
		var visit = monitoring.submitNew(clinic.id(), null, MonitoringFixtures.goodHealthAnswers(), "acl-2", principal)
			.visit();
		assertThat(mvc.post().uri("/visits/" + visit.id() + "/review").with(as(otherCoordinator)).with(csrf())
			.param("version", String.valueOf(visit.version())).param("decision", "APPROVE").exchange())
			.hasStatus(403);
		assertThat(mvc.post().uri("/visits/" + visit.id() + "/review").with(as(monitor)).with(csrf())
			.param("version", String.valueOf(visit.version())).param("decision", "APPROVE").exchange())
			.hasStatus(403);
		assertThat(mvc.post().uri("/facilities/" + clinic.id() + "/visits").with(as(otherCoordinator)).with(csrf())
			.param("idempotencyKey", "x").exchange().getMvcResult().getFlashMap().get("problem"))
			.isEqualTo("monitoring.forbidden");
		assertThat(mvc.post().uri("/admin/forms").with(as(monitor)).with(csrf()).param("code", "x").exchange())
			.hasStatus(403);
		assertThat(mvc.post().uri("/rounds").with(as(monitor)).with(csrf()).exchange()).hasStatus(403);
		// subscribers from a network group: editors only (a monitor, an analyst)
		assertThat(mvc.post().uri("/editorial/newsletter/import").with(as(monitor)).with(csrf()).param("group", "1")
			.exchange()).hasStatus(403);
		// taking a printed document into the library: editors only
		assertThat(mvc.post().uri("/editorial/library/import").with(as(monitor)).with(csrf()).param("source", "polls")
			.param("key", "x").exchange()).hasStatus(403);
		assertThat(mvc.post().uri("/advocacy/laws").with(as(monitor)).with(csrf()).param("slug", "x").exchange())
			.hasStatus(403);
		assertThat(mvc.post().uri("/advocacy/campaigns").with(csrf()).param("slug", "x").exchange().getResponse()
			.getStatus()).isIn(302, 401, 403);
		long poll = ps.rasd.support.PollFixtures.pollInFieldwork(polls, forms).id();
		assertThat(mvc.post().uri("/polls/" + poll + "/import").with(as(otherCoordinator)).with(csrf()).exchange())
			.hasStatus(403);
		assertThat(mvc.post().uri("/polls/" + poll + "/import/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").with(as(monitor))
			.with(csrf()).exchange()).hasStatus(403);
	}

	@Autowired
	ps.rasd.activities.ActivitiesManagement activities;

	@Autowired
	ps.rasd.activities.Registrations activityRegistrations;

	@Test
	void everyActivitiesPageAndEndpointAnswersAsTheTableSays() {
		Map<String, String> usernames = Map.of("monitor", account("am", Role.MONITOR, "50"), "otherMonitor",
				account("am2", Role.MONITOR, "45"), "coordinator", account("ac", Role.COORDINATOR, "50"),
				"otherCoordinator", account("ac2", Role.COORDINATOR, "45"), "analyst", account("aa", Role.ANALYST),
				"partner", account("ap", Role.PARTNER), "admin", account("aad", Role.ADMIN));
		var coordinator = (ps.rasd.shared.RasdPrincipal) users.loadUserByUsername(usernames.get("coordinator"));
		var a = activities.create(ps.rasd.activities.ActivityDetails.of("WORKSHOP", "ورشة", "50", 10), coordinator);
		var planned = activities.create(ps.rasd.activities.ActivityDetails.of("WORKSHOP", "ورشة مخططة", "50", 10),
				coordinator);
		java.time.Instant start = java.time.Instant.now().plusSeconds(86400);
		activities.addSession(a.id(), start, start.plusSeconds(7200), coordinator);
		a = activities.move(a.id(), activities.activity(a.id(), coordinator).version(),
				ps.rasd.activities.ActivityStatus.OPEN, coordinator);
		var r = activityRegistrations.register(a.id(), new ps.rasd.activities.RegistrationForm("مشارك", "0599000111", null,
				null, null, "50", null, true), java.util.Locale.forLanguageTag("ar")).registration();
		String[][] table = {
				{ "/events", "A A A A A A A A" },
				{ "/events/calendar.ics", "A A A A A A A A" },
				{ "/events/" + a.id(), "A A A A A A A A" },
				{ "/events/" + planned.id(), "D D D D D D D D" },
				{ "/events/" + a.id() + "/thanks", "A A A A A A A A" },
				{ "/events/registration/" + r.token(), "A A A A A A A A" },
				{ "/events/registration/not-a-token", "D D D D D D D D" },
				{ "/events/registration/" + r.token() + "/certificate.pdf", "D D D D D D D D" },
				{ "/certificates", "A A A A A A A A" },
				{ "/certificates/ABCDEFGHJKMN", "A A A A A A A A" },
				{ "/activities", "D D D A A A D A" },
				{ "/activities/" + a.id(), "D D D A A A D A" },
				{ "/activities/" + planned.id(), "D D D A A A D A" },
				{ "/activities/new", "D D D A A D D A" },
				{ "/activities/" + a.id() + "/edit", "D D D A D D D A" },
				{ "/activities/" + a.id() + "/door", "D D D A D D D A" },
				{ "/activities/" + a.id() + "/door?name=%D9%85", "D D D A D D D A" },
				{ "/activities/figures", "D D D A A A D A" },
				{ "/activities/figures.xlsx", "D D D A A A D A" },
				{ "/activities/kinds", "D D D A A A D A" },
				{ "/activities/" + a.id() + "/training", "D D D A A D D A" },
				{ "/activities/" + a.id() + "/photos/999999999", "D D D D D D D D" },
				{ "/events/" + a.id() + "/photos/999999999", "D D D D D D D D" },
				{ "/events/invitation/not-a-token", "D D D D D D D D" },
				{ "/events/registration/not-a-token/survey/feedback", "D D D D D D D D" },
				{ "/events/registration/" + r.token() + "/survey/pre", "A A A A A A A A" } };
		List<String> wrong = new ArrayList<>();
		for (String[] row : table) {
			String[] expected = row[1].split(" ");
			for (int i = 0; i < WHO.size(); i++) {
				String who = WHO.get(i);
				var request = mvc.get().uri(row[0]);
				if (!who.equals("public")) {
					request = request.with(as(usernames.get(who)));
				}
				int status = request.exchange().getResponse().getStatus();
				if ((status == 200) != expected[i].equals("A")) {
					wrong.add(row[0] + " as " + who + ": " + status + ", expected " + expected[i]);
				}
			}
		}
		assertThat(wrong).isEmpty();
		// writing: only the coordinators of the governorate and administrators check people in
		long session = a.sessions().get(0).id();
		for (String who : List.of("otherCoordinator", "analyst", "monitor", "partner")) {
			int status = mvc.post().uri("/activities/" + a.id() + "/door/scan").with(as(usernames.get(who))).with(csrf())
				.param("session", String.valueOf(session)).param("code", r.code()).exchange().getResponse().getStatus();
			assertThat(status).as(who + " checks in").isIn(302, 403, 404);
		}
		assertThat(mvc.post().uri("/activities/" + a.id() + "/door/scan").with(as(usernames.get("coordinator")))
			.with(csrf()).param("session", String.valueOf(session)).param("code", r.code()).exchange())
			.hasStatusOk();
		// every other form that changes an activity: refused to all but the governorate's coordinators and admins
		String id = "/activities/" + a.id();
		List<String> writes = List.of(id + "/edit", id + "/status", id + "/sessions", id + "/sessions/" + session + "/delete",
				id + "/report", id + "/certificates", "/activities/kinds", id + "/door", id + "/door/walk-in",
				id + "/training", id + "/training/scores", "/activities/requirements", id + "/follow-up", id + "/actions",
				id + "/actions/1/done", id + "/surveys/feedback", id + "/invitations");
		List<String> allowed = new ArrayList<>();
		for (String url : writes) {
			for (String who : List.of("public", "monitor", "otherMonitor", "otherCoordinator", "analyst", "partner")) {
				var request = mvc.post().uri(url).with(csrf()).param("session", String.valueOf(session))
					.param("version", "0").param("status", "HELD").param("registration", "1").param("stage", "PRE")
					.param("score", "50").param("group", "1").param("code", "X").param("titleAr", "x")
					.param("day", "2027-01-10").param("starts", "10:00").param("ends", "12:00");
				if (!who.equals("public")) {
					request = request.with(as(usernames.get(who)));
				}
				var result = request.exchange().getMvcResult();
				int status = result.getResponse().getStatus();
				String to = String.valueOf(result.getResponse().getRedirectedUrl());
				Object problem = result.getFlashMap() == null ? null : result.getFlashMap().get("problem");
				// 400: the request was turned away before anything was read or changed
				boolean refused = status == 400 || status == 401 || status == 403 || status == 404
						|| (status == 302 && to.contains("/login"))
						|| (problem != null && problem.toString().endsWith("forbidden"));
				if (!refused) {
					allowed.add("POST " + url + " as " + who + ": " + status + " " + to + " " + problem);
				}
			}
		}
		for (String who : List.of("public", "monitor", "otherMonitor", "otherCoordinator", "analyst", "partner")) {
			var request = mvc.post().uri(id + "/photos").multipart()
				.file(new org.springframework.mock.web.MockMultipartFile("photo", "p.png", "image/png", new byte[] { 1 }))
				.with(csrf());
			if (!who.equals("public")) {
				request = request.with(as(usernames.get(who)));
			}
			var result = request.exchange().getMvcResult();
			int status = result.getResponse().getStatus();
			String to = String.valueOf(result.getResponse().getRedirectedUrl());
			Object problem = result.getFlashMap() == null ? null : result.getFlashMap().get("problem");
			if (!(status == 403 || status == 404 || (status == 302 && to.contains("/login"))
					|| (problem != null && problem.toString().endsWith("forbidden")))) {
				allowed.add("POST " + id + "/photos as " + who + ": " + status + " " + to + " " + problem);
			}
		}
		assertThat(allowed).isEmpty();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}
}
