package ps.rasd.platform.security;

import ps.rasd.shared.access.Role;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.evidence.TestFiles;
import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.monitoring.ReviewDecision;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;
import ps.rasd.support.Principals;

/**
 * Unique markers written into every personal or internal field (a monitor's name, e-mail and username, a visit's
 * notes, a coordinator's review comment, a photo's camera and position), then every public page, export and API
 * response fetched without signing in: none of the markers may appear.
 */
@IntegrationTest
@Transactional
class LeakTests {

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

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	ps.rasd.cases.CaseIntake caseIntake;

	@Autowired
	ps.rasd.cases.CaseWorkflow caseWorkflow;

	@Autowired
	ps.rasd.media.NewsletterManagement newsletter;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	ps.rasd.media.ProductionManagement productions;

	/** A published sketch whose team holds a person who never agreed to be published. */
	private String productionWithUnconsentingActor() {
		return transactions.execute(tx -> {
			var admin = Principals.admin();
			var actor = network.create(ps.rasd.network.PersonDetails.named("LEAKMARKER-ACTOR", "50")
				.withContacts("0599123456", "leakmarker-actor@example.org"), admin).id();
			var made = productions.create(new ps.rasd.media.ProductionDraft("leak-sketch", "THEATRE", "وصلة",
					null, "وصلة عن المياه", null, null, null, null, null, null), false, admin);
			productions.putMember(made.id(), actor.value(), "LEAKMARKER-ROLE-OF-UNNAMED", admin);
			productions.publish(made.id(), admin);
			return made.slug();
		});
	}

	private void newsletterSubscriber(String address) {
		transactions.executeWithoutResult(tx -> newsletter.subscribe(address, "ar", "LEAKMARKER-TOPIC", "50"));
	}

	@Test
	void noPersonalOrInternalFieldReachesAPublicPageExportOrApi() throws Exception {
		var monitorAccount = identity.createWithPassword("leakmarkeruser", new AccountDetails("LEAKMARKER-NAME",
				"leakmarker-mail@example.org", EnumSet.of(Role.MONITOR), Set.of("50")), "a long enough passphrase");
		RasdPrincipal monitor = (RasdPrincipal) users.loadUserByUsername(monitorAccount.username());
		var clinic = MonitoringFixtures.hebronHealthCentre(registry);
		var form = MonitoringFixtures.publishedHealthForm(forms);
		var answers = MonitoringFixtures.goodHealthAnswers();
		answers.put("notes", "LEAKMARKER-NOTES patient Salma 0599123456");
		var visit = monitoring.submitNew(clinic.id(), null, answers, "leak", monitor).visit();
		var approved = monitoring.review(visit.id(), visit.version(), ReviewDecision.APPROVE, "LEAKMARKER-REVIEW",
				Principals.coordinator("50"));
		monitoring.share(visit.id(), approved.version(), ps.rasd.shared.Tier.PUBLIC, null, Principals.coordinator("50"));
		var photo = evidence.upload(new ByteArrayInputStream(TestFiles.photoWithGps(64, 48)), "visit",
				String.valueOf(visit.id()), "50", monitor);
		long version = form.current().orElseThrow().id();
		// a public complaint with a sealed reporter, internal notes, a referral and an authority's reply
		var coordinator = Principals.coordinator("50");
		var filed = caseIntake.file(new ps.rasd.cases.NewCase("شكوى", "وصف عام للمشكلة", null, null, clinic.id(), null,
				null, null), new ps.rasd.cases.ReporterDetails("LEAKMARKER-REPORTER", "0599123456",
						"leakmarker-reporter@example.org", false, true, "ar"), ps.rasd.cases.CaseSource.PUBLIC, null,
				null);
		String ref = filed.summary().reference();
		var verified = caseWorkflow.act(ref, ps.rasd.cases.CaseAction.VERIFY, 0,
				ps.rasd.cases.ActionInput.notes("LEAKMARKER-INTERNAL-VERIFY", null), coordinator);
		caseWorkflow.act(ref, ps.rasd.cases.CaseAction.REFER, verified.version(),
				ps.rasd.cases.ActionInput.notes("LEAKMARKER-INTERNAL-REFER", "أحيلت"), coordinator);
		String replyToken = caseWorkflow.currentReplyToken(ref, coordinator).orElseThrow();

		// a newsletter subscriber's address is never public (pending and confirmed)
		newsletterSubscriber("leakmarker-reader@example.org");
		// a production's team member who did not agree to be published is on no public page
		String sketch = productionWithUnconsentingActor();
		List<String> publicUrls = List.of("/", "/dashboards", "/dashboards/data.csv", "/map",
				"/map/data.geojson", "/governorates", "/governorates/50", "/facilities",
				"/facilities?governorate=50", "/facilities/" + clinic.id(), "/facilities/export.csv",
				"/facilities/near?lat=31.53&lon=35.1", "/authorities",
				"/authorities/" + clinic.authorityId(), "/api/v1/governorates", "/api/v1/places?governorate=50",
				"/api/v1/sectors", "/api/v1/indicators", "/api/v1/authorities", "/api/v1/facilities",
				"/api/v1/facilities/" + clinic.id(), "/api/v1/forms", "/api/v1/forms/" + version,
				"/api/v1/visits/" + visit.id(), "/visits/" + visit.id(), "/evidence/" + photo.id(),
				"/evidence/" + photo.id() + "/thumbnail", "/login", "/nowhere", "/complaint",
				"/track/" + filed.trackingToken(), "/reply/" + replyToken, "/cases", "/cases/" + ref,
				"/api/v1/cases", "/api/v1/cases/" + ref, "/findings", "/findings/" + ref, "/news", "/news/feed.atom",
				"/library", "/newsletter", "/media", "/media/" + sketch, "/sitemap.xml", "/search?q=reader%40example.org", "/editorial/newsletter",
				"/openrosa/" + "x".repeat(32) + "/formList", "/openrosa/" + "x".repeat(32) + "/forms/" + version + ".xml",
				"/openrosa/formList", "/openrosa/forms/" + version + ".xml");
		List<String> leaks = new ArrayList<>();
		for (String url : publicUrls) {
			byte[] body = mvc.get().uri(url).exchange().getResponse().getContentAsByteArray();
			String text = new String(body, StandardCharsets.UTF_8) + new String(body, StandardCharsets.ISO_8859_1);
			for (String marker : List.of("LEAKMARKER", "leakmarker", "RasdTestCam", "0599123456")) {
				if (text.contains(marker)) {
					leaks.add(url + " shows " + marker);
				}
			}
		}
		assertThat(leaks).isEmpty();
		assertThat(mvc.get().uri("/facilities/" + clinic.id()).exchange()).bodyText()
			.as("the published scores are public").contains("score-history", visit.reference());
	}

	@Autowired
	ps.rasd.freedoms.FreedomsManagement freedoms;

	@Autowired
	ps.rasd.freedoms.FreedomsPublication freedomsPublication;

	@Autowired
	List<ps.rasd.shared.spi.SearchSource> searchSources;

	@Test
	void noSealedVictimOrSourceFieldReachesAPublicPageFeedExportApiOrTheSearchIndex() throws Exception {
		var documenterAccount = identity.createWithPassword("leakdocumenter", new AccountDetails("موثقة", null,
				EnumSet.of(Role.DOCUMENTER), Set.of("50")), "a long enough passphrase");
		var partnerAccount = identity.createWithPassword("leakpartner", new AccountDetails("شريك", null,
				EnumSet.of(Role.PARTNER), Set.of()), "a long enough passphrase");
		RasdPrincipal documenter = (RasdPrincipal) users.loadUserByUsername(documenterAccount.username());
		var details = new ps.rasd.freedoms.EventDetails("LEAKMARKER-TITLE", "LEAKMARKER-NARRATIVE ضرب LEAKVICTIM",
				"ARREST_OVER_OPINION", Set.of("EXPRESSION"), java.time.LocalDate.of(2026, 9, 9), null, "50",
				"LEAKMARKER-PLACE", 31.532611, 35.099822, null, ps.rasd.freedoms.Risk.HIGH, "LEAKMARKER-RISK");
		var victim = new ps.rasd.freedoms.VictimInput(ps.rasd.freedoms.VictimKind.PERSON, null,
				ps.rasd.freedoms.Sex.FEMALE, ps.rasd.freedoms.AgeGroup.YOUTH, "JOURNALIST", "50",
				new ps.rasd.freedoms.SealedIdentity("LEAKVICTIM Salma", "912345678", "0599123456", "LEAKADDRESS street"));
		var source = new ps.rasd.freedoms.SourceInput("WITNESS", ps.rasd.freedoms.Reliability.HIGH,
				java.time.LocalDate.of(2026, 9, 10), true, true, true,
				new ps.rasd.freedoms.SealedIdentity("LEAKSOURCE Khaled", "987654321", "0599654321", "LEAKSOURCEADDR"));
		var event = ps.rasd.support.FreedomsFixtures.verifiedEvent(freedoms, documenter, details, victim, source);
		freedoms.addIntervention(event.reference(), new ps.rasd.freedoms.InterventionInput(
				ps.rasd.freedoms.InterventionKind.LETTER_TO_AUTHORITY, "LEAKMARKER-AUTHORITY",
				java.time.LocalDate.of(2026, 9, 11), null, null), documenter);
		var current = freedoms.event(event.reference(), documenter).summary();
		// the documenter even leaves a name and a phone in the text to publish: the redaction on the way catches them
		freedomsPublication.publish(event.reference(), current.version(), ps.rasd.shared.Tier.PUBLIC,
				"اعتقال صحفية", "اعتُقلت LEAKVICTIM Salma وهاتفها 0599123456.", null, documenter);
		String report = freedoms.report(new ps.rasd.freedoms.InitialReport("LEAKMARKER-REPORT", "LEAKMARKER-TEXT",
				null, java.time.LocalDate.of(2026, 9, 12), null, "50", "الخليل",
				new ps.rasd.freedoms.SealedIdentity("LEAKREPORTER", null, "0599123456", null)), null);
		String ref = event.reference();

		List<String> publicUrls = List.of("/violations", "/violations/" + ref, "/violations/" + ref + "?lang=en",
				"/violations/" + report, "/violations/feed.atom", "/violations/figures", "/exports/freedoms.csv",
				"/exports/freedoms.xlsx", "/exports/freedoms.geojson", "/api/v1/exports/freedoms.csv",
				"/api/v1/freedoms/events/" + ref, "/api/v1/freedoms/published/" + ref, "/freedoms/" + ref,
				"/freedoms/" + ref + "/identities", "/freedoms/" + report, "/sitemap.xml", "/search?q=Salma",
				"/api/v1/search?q=Salma", "/");
		List<String> markers = List.of("LEAKMARKER", "LEAKVICTIM", "LEAKSOURCE", "LEAKADDRESS", "LEAKREPORTER",
				"912345678", "987654321", "0599123456", "0599654321", "31.532611", "35.099822");
		List<String> leaks = new ArrayList<>();
		for (String url : publicUrls) {
			for (String who : List.of("public", "partner")) {
				var request = mvc.get().uri(url);
				if (who.equals("partner")) {
					request = request.with(org.springframework.security.test.web.servlet.request
						.SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(partnerAccount.username())));
				}
				byte[] body = request.exchange().getResponse().getContentAsByteArray();
				String text = new String(body, StandardCharsets.UTF_8) + new String(body, StandardCharsets.ISO_8859_1);
				for (String marker : markers) {
					if (text.contains(marker)) {
						leaks.add(url + " as " + who + " shows " + marker);
					}
				}
			}
		}
		for (var search : searchSources) {
			if (search.type().equals(ps.rasd.freedoms.FreedomsManagement.SUBJECT)) {
				String indexed = search.documents(List.of(ref, report)).toString();
				markers.stream().filter(indexed::contains).forEach(m -> leaks.add("search index holds " + m));
				assertThat(indexed).as("the published copy is indexed").contains(ref);
			}
		}
		assertThat(leaks).isEmpty();
		assertThat(mvc.get().uri("/violations/" + ref).exchange()).bodyText().as("the published copy is public")
			.contains("اعتقال صحفية", "[اسم]", "[هاتف]");
	}

	@Autowired
	ps.rasd.network.NetworkManagement network;

	@Autowired
	ps.rasd.network.Governance governance;

	@Autowired
	ps.rasd.network.Segments segments;

	@Test
	void noContactDetailOfAPersonReachesThePublicOrAPartner() throws Exception {
		var coordinator = Principals.coordinator("50");
		var admin = Principals.admin();
		var published = network.create(new ps.rasd.network.PersonDetails("رئيسة منشورة", "Published Chair", "F", 1990,
				null, "50", "LEAKMARKER-PLACE", "LEAKMARKER-UNIVERSITY", "LEAKMARKER-FIELD", "LEAKMARKER-JOB", null,
				"0599123456", "leakmarker-person@example.org", "PHONE"), coordinator);
		network.consent(published.id(), "2026-12", "contact,publish", true, coordinator);
		var hidden = network.create(ps.rasd.network.PersonDetails.named("LEAKMARKER-HIDDEN", "50")
			.withContacts("0599123456", "leakmarker-hidden@example.org"), coordinator);
		long term = governance.openTerm(java.time.LocalDate.now().minusDays(1), java.time.LocalDate.now().plusYears(1),
				null, admin);
		governance.seat(term, published.id(), ps.rasd.network.BoardPosition.CHAIR, admin);
		governance.seat(term, hidden.id(), ps.rasd.network.BoardPosition.TREASURER, admin);
		var group = segments.create("LEAKMARKER-GROUP", null, coordinator);
		segments.add(group.id(), published.id(), coordinator);
		segments.add(group.id(), hidden.id(), coordinator);
		var partnerAccount = identity.createWithPassword("leakpartner", new AccountDetails("Partner", null,
				EnumSet.of(Role.PARTNER), Set.of()), "a long enough passphrase");
		identity.consent(partnerAccount.username());

		List<String> urls = List.of("/about/board", "/join", "/search?q=HIDDEN", "/api/v1/search?q=HIDDEN", "/search?q=PLACE",
				"/search?q=" + java.net.URLEncoder.encode("رئيسة منشورة", StandardCharsets.UTF_8), "/exports/cases.csv",
				"/network", "/network?q=HIDDEN", "/network/people/" + published.id(), "/network/people/" + hidden.id(),
				"/network/people/" + published.id() + "/data.json", "/network/people/" + hidden.id() + "/data.json",
				"/network/groups", "/network/groups/" + group.id(), "/network/groups/" + group.id() + "/export.csv",
				"/network/groups/" + group.id() + "/export.xlsx", "/network/suggestions?nameAr=HIDDEN",
				"/network/branches/50", "/network/board", "/network/meetings", "/network/decisions",
				"/network/applications", "/network/organisations", "/sitemap.xml", "/findings");
		List<String> leaks = new ArrayList<>();
		for (var who : java.util.Arrays.asList(null, partnerAccount.username())) {
			for (String url : urls) {
				var request = mvc.get().uri(url);
				if (who != null) {
					request = request.with(org.springframework.security.test.web.servlet.request
						.SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(who)));
				}
				byte[] body = request.exchange().getResponse().getContentAsByteArray();
				String text = new String(body, StandardCharsets.UTF_8) + new String(body, StandardCharsets.ISO_8859_1);
				for (String marker : List.of("LEAKMARKER", "leakmarker", "0599123456")) {
					if (text.contains(marker)) {
						leaks.add(url + " as " + (who == null ? "public" : "partner") + " shows " + marker);
					}
				}
			}
		}
		assertThat(leaks).isEmpty();
		assertThat(mvc.get().uri("/about/board").exchange()).bodyText().as("a published board member's name is public")
			.contains("رئيسة منشورة");
	}

	@Autowired
	ps.rasd.activities.ActivitiesManagement activities;

	@Autowired
	ps.rasd.activities.Registrations activityRegistrations;

	@Autowired
	ps.rasd.activities.Certificates certificates;

	@Autowired
	ps.rasd.activities.Invitations activityInvitations;

	@Autowired
	ps.rasd.activities.FollowUps activityFollowUps;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient activityJdbc;

	@Test
	void noRegistrantOfAnActivityIsNamedOnAnyPublicPageFeedOrCertificateCheck() throws Exception {
		var coordinator = ps.rasd.support.Principals.coordinator(501, "50");
		var a = activities.create(ps.rasd.activities.ActivityDetails.of("WORKSHOP", "ورشة الشفافية", "50", 10),
				coordinator);
		java.time.Instant start = java.time.Instant.now().minusSeconds(3 * 86400);
		activities.addSession(a.id(), start, start.plusSeconds(7200), coordinator);
		a = activities.move(a.id(), activities.activity(a.id(), coordinator).version(),
				ps.rasd.activities.ActivityStatus.OPEN, coordinator);
		var invited = segments.create("LEAKMARKER group", null, coordinator);
		segments.add(invited.id(), network.create(ps.rasd.network.PersonDetails.named("LEAKMARKER مدعوة", "50")
			.withContacts(null, "leakmarker-invited@example.org"), coordinator).id(), coordinator);
		activityInvitations.invite(a.id(), invited.id(), java.util.Locale.forLanguageTag("ar"), coordinator);
		String invitation = activityJdbc.sql("select token from activities_invitation where activity_id = ?").param(a.id())
			.query(String.class).single();
		var r = activityRegistrations.register(a.id(), new ps.rasd.activities.RegistrationForm("LEAKMARKER مشاركة",
				"0599123457", "leakmarker@example.org", "F", "18-24", "50", "LEAKMARKER-UNI", true),
				java.util.Locale.forLanguageTag("ar")).registration();
		activities.checkIn(a.id(), a.sessions().get(0).id(), r.code(), coordinator);
		a = activities.activity(a.id(), coordinator);
		activities.move(a.id(), a.version(), ps.rasd.activities.ActivityStatus.HELD, coordinator);
		activities.report(a.id(), "LEAKMARKER-OUTCOME", "تقرير عام", coordinator);
		certificates.issue(a.id(), coordinator);
		var owner = network.create(ps.rasd.network.PersonDetails.named("LEAKMARKER مسؤولة", "50"), coordinator);
		activityFollowUps.addAction(a.id(), "متابعة", String.valueOf(owner.id().value()), java.time.LocalDate.now(),
				coordinator);
		activityFollowUps.settings(a.id(), null, true, coordinator);
		String code = activityRegistrations.byToken(r.token()).certificateCode();
		var analystAccount = identity.createWithPassword("leakanalyst", new AccountDetails("Analyst", null,
				EnumSet.of(Role.ANALYST), Set.of()), "a long enough passphrase");
		identity.consent(analystAccount.username());
		List<String> urls = List.of("/events", "/events/" + a.id(), "/events/calendar.ics", "/certificates/" + code,
				"/certificates/" + code + "?name=x", "/activities/" + a.id(), "/activities/figures",
				"/activities/figures.xlsx", "/activities/" + a.id() + "/door", "/events/invitation/" + invitation,
				"/events/registration/" + r.token() + "/survey/feedback", "/events/" + a.id() + "/thanks", "/certificates",
				"/activities/" + a.id() + "/training", "/activities/kinds",
				"/search?q=" + java.net.URLEncoder.encode("مشاركة", StandardCharsets.UTF_8), "/sitemap.xml");
		List<String> leaks = new ArrayList<>();
		for (var who : java.util.Arrays.asList(null, analystAccount.username())) {
			for (String url : urls) {
				var request = mvc.get().uri(url);
				if (who != null) {
					request = request.with(org.springframework.security.test.web.servlet.request
						.SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(who)));
				}
				byte[] body = request.exchange().getResponse().getContentAsByteArray();
				String text = new String(body, StandardCharsets.UTF_8) + new String(body, StandardCharsets.ISO_8859_1);
				for (String marker : List.of("LEAKMARKER", "leakmarker", "0599123457", r.code())) {
					if (text.contains(marker)) {
						leaks.add(url + " as " + (who == null ? "public" : "analyst") + " shows " + marker);
					}
				}
			}
		}
		assertThat(leaks).isEmpty();
		assertThat(mvc.get().uri("/certificates/" + code).exchange()).bodyText().contains("certificate-valid");
	}

	@Test
	void aPhoneOnlyRegistrantLearnsNothingOfAnEarlierRegistration() throws Exception {
		var coordinator = ps.rasd.support.Principals.coordinator(502, "50");
		var a = activities.create(ps.rasd.activities.ActivityDetails.of("WORKSHOP", "ورشة المشاركة", "50", 10),
				coordinator);
		java.time.Instant start = java.time.Instant.now().plusSeconds(3 * 86400);
		activities.addSession(a.id(), start, start.plusSeconds(7200), coordinator);
		a = activities.move(a.id(), activities.activity(a.id(), coordinator).version(),
				ps.rasd.activities.ActivityStatus.OPEN, coordinator);
		var first = activityRegistrations.register(a.id(), new ps.rasd.activities.RegistrationForm("LEAKMARKER هاتف",
				"0599123458", null, "F", "18-24", "50", null, true), java.util.Locale.forLanguageTag("ar")).registration();
		List<String> answers = new ArrayList<>();
		for (String[] who : new String[][] { { "LEAKMARKER هاتف", "0599123458" }, { "LEAKMARKER جديد", "0599123459" } }) {
			var result = mvc.post().uri("/events/" + a.id() + "/register")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("name", who[0]).param("phone", who[1]).param("governorateCode", "50").param("consent", "true")
				.exchange().getMvcResult();
			String to = result.getResponse().getRedirectedUrl();
			String page = mvc.get().uri(to).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8)
				.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
			for (String secret : List.of("LEAKMARKER", first.code(), first.token())) {
				assertThat(page).doesNotContain(secret);
			}
			answers.add(to + "\n" + page);
		}
		assertThat(answers.get(0)).as("a repeat and a first registration are answered alike").isEqualTo(answers.get(1));
	}

	@Autowired
	ps.rasd.advocacy.AdvocacyManagement tracker;

	@Autowired
	ps.rasd.advocacy.CampaignManagement campaigns;

	@Autowired
	ps.rasd.advocacy.EvidenceBase advocacyEvidence;

	@Autowired
	ps.rasd.advocacy.Commitments commitments;

	@Autowired
	ps.rasd.advocacy.PositionPapers papers;

	@Autowired
	ps.rasd.shared.spi.PdfRenderer pdf;

	private byte[] lawText(String words) {
		return pdf.render("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" dir=\"rtl\"><head>"
				+ "<meta charset=\"utf-8\"/><style>body { font-family: 'Rasd Arabic'; }</style></head><body><p>" + words
				+ "</p></body></html>", true);
	}

	@Test
	void noUnpublishedDecisionMakerInternalCaseTitleOrMinutesReachTheAdvocacyPages() throws Exception {
		var coordinator = Principals.coordinator("50");
		var analyst = Principals.analyst();
		var clinic = MonitoringFixtures.hebronHealthCentre(registry);
		// a verified case that was never published: its internal title must stay with the team
		String ref = caseIntake.file(new ps.rasd.cases.NewCase("LEAKMARKER-CASE-TITLE", "LEAKMARKER-CASE-STORY 0599123456",
				null, null, clinic.id(), null, null, null), new ps.rasd.cases.ReporterDetails("LEAKMARKER-REPORTER",
						"0599123456", null, false, false, "ar"), ps.rasd.cases.CaseSource.PUBLIC, null, null)
			.summary().reference();
		caseWorkflow.act(ref, ps.rasd.cases.CaseAction.VERIFY, 0, ps.rasd.cases.ActionInput.notes("LEAKMARKER-NOTE", null),
				coordinator);
		var hidden = network.create(ps.rasd.network.PersonDetails.named("LEAKMARKER-DECISION-MAKER", "50")
			.withContacts("0599123456", "leakmarker-dm@example.org"), coordinator);
		var draftLaw = tracker.create(new ps.rasd.advocacy.InstrumentDraft("leak-draft-law", "LAW", "LEAKMARKER-DRAFT-LAW",
				null, null, null, null, "WATER", null, null, null, null, null, null, null, null), false, analyst);
		var law = tracker.create(new ps.rasd.advocacy.InstrumentDraft("leak-public-law", "LAW", "قانون منشور للاختبار",
				null, null, null, clinic.authorityId(), "WATER", null, null, null, null, null,
				ps.rasd.advocacy.Stance.SUPPORT, "مطلب", null), false, analyst);
		tracker.publish(law.id(), true, analyst);
		tracker.upload(draftLaw.id(), new ByteArrayInputStream(lawText("LEAKMARKER-DRAFT-TEXT")), analyst);
		tracker.upload(law.id(), new ByteArrayInputStream(lawText("المادة الأولى: نص منشور")), analyst);
		var campaign = campaigns.create(new ps.rasd.advocacy.CampaignDraft("leak-campaign", "حملة للاختبار", null, "هدف",
				null, "مطلب", null, "50", "WATER", null, null, true), false, analyst);
		campaigns.target(campaign.id(), ps.rasd.advocacy.TargetKind.PERSON, String.valueOf(hidden.id().value()), analyst);
		campaigns.target(campaign.id(), ps.rasd.advocacy.TargetKind.INSTRUMENT, String.valueOf(draftLaw.id()), analyst);
		campaigns.target(campaign.id(), ps.rasd.advocacy.TargetKind.INSTRUMENT, String.valueOf(law.id()), analyst);
		advocacyEvidence.cite(campaign.id(), ps.rasd.advocacy.CitationKind.CASE, ref, analyst, java.util.Locale.ENGLISH);
		var meeting = commitments.recordMeeting(campaign.id(), new ps.rasd.advocacy.MeetingDraft(java.time.LocalDate.now(),
				null, "LEAKMARKER-PLACE", clinic.authorityId(), String.valueOf(hidden.id().value()),
				"LEAKMARKER-DELEGATION", "LEAKMARKER-ASKS", "1", "LEAKMARKER-MINUTES"), analyst);
		commitments.commit(meeting.id(), hidden.id().value(), null, "LEAKMARKER-MAKER", "LEAKMARKER-PROMISE",
				java.time.LocalDate.now().minusDays(3), analyst);
		papers.write(campaign.id(), new ps.rasd.advocacy.PaperDraft(ps.rasd.advocacy.PaperKind.BRIEF, "ar",
				"LEAKMARKER-PAPER", "LEAKMARKER-PAPER-BODY [1]"), analyst, java.util.Locale.ENGLISH);
		campaigns.publish(campaign.id(), true, analyst);
		var partnerAccount = identity.createWithPassword(ps.rasd.support.AccountFixtures.uniqueName("leakpartner"), new AccountDetails(
				"Partner", null, EnumSet.of(Role.PARTNER), Set.of()), "a long enough passphrase");

		List<String> urls = List.of("/laws", "/laws?sector=WATER", "/laws/" + law.slug(), "/laws/" + draftLaw.slug(),
				"/campaigns/" + campaign.slug(), "/sitemap.xml",
				"/search?q=" + java.net.URLEncoder.encode("حملة", StandardCharsets.UTF_8), "/advocacy",
				"/advocacy/campaigns/" + campaign.id());
		List<String> leaks = new ArrayList<>();
		for (var who : java.util.Arrays.asList(null, partnerAccount.username())) {
			for (String url : urls) {
				var request = mvc.get().uri(url);
				if (who != null) {
					request = request.with(org.springframework.security.test.web.servlet.request
						.SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(who)));
				}
				byte[] body = request.exchange().getResponse().getContentAsByteArray();
				String text = new String(body, StandardCharsets.UTF_8) + new String(body, StandardCharsets.ISO_8859_1);
				for (String marker : List.of("LEAKMARKER", "leakmarker", "0599123456", ref)) {
					if (text.contains(marker)) {
						leaks.add(url + " as " + (who == null ? "public" : "partner") + " shows " + marker);
					}
				}
			}
		}
		assertThat(leaks).isEmpty();
		assertThat(mvc.get().uri("/campaigns/" + campaign.slug()).exchange()).bodyText()
			.as("the published campaign and its published law are public").contains("حملة للاختبار", "قانون منشور للاختبار");
		// the official text of a law still being drafted stays with the team; a published law's is public
		assertThat(mvc.get().uri("/laws/" + draftLaw.slug() + "/text.pdf").exchange()).hasStatus(404);
		var text = mvc.get().uri("/laws/" + law.slug() + "/text.pdf").exchange();
		assertThat(text).hasStatusOk().hasContentType("application/pdf");
		assertThat(ps.rasd.support.PdfChecks.text(text.getResponse().getContentAsByteArray()))
			.contains(ps.rasd.support.PdfChecks.normalize("نص منشور"));
	}
}
