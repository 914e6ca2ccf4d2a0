package ps.rasd.platform.security;

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
import ps.rasd.identity.Role;
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
	ps.rasd.cases.CaseManagement cases;

	@Autowired
	ps.rasd.media.NewsletterManagement newsletter;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

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
		var filed = cases.file(new ps.rasd.cases.NewCase("شكوى", "وصف عام للمشكلة", null, null, clinic.id(), null,
				null, null), new ps.rasd.cases.ReporterDetails("LEAKMARKER-REPORTER", "0599123456",
						"leakmarker-reporter@example.org", false, true, "ar"), ps.rasd.cases.CaseSource.PUBLIC, null,
				null);
		String ref = filed.summary().reference();
		var verified = cases.act(ref, ps.rasd.cases.CaseAction.VERIFY, 0,
				ps.rasd.cases.ActionInput.notes("LEAKMARKER-INTERNAL-VERIFY", null), coordinator);
		cases.act(ref, ps.rasd.cases.CaseAction.REFER, verified.version(),
				ps.rasd.cases.ActionInput.notes("LEAKMARKER-INTERNAL-REFER", "أحيلت"), coordinator);
		String replyToken = cases.currentReplyToken(ref, coordinator).orElseThrow();

		// a newsletter subscriber's address is never public (pending and confirmed)
		newsletterSubscriber("leakmarker-reader@example.org");
		List<String> publicUrls = List.of("/", "/dashboards", "/dashboards/data.csv", "/map",
				"/map/data.geojson", "/governorates", "/governorates/50", "/facilities",
				"/facilities?governorate=50", "/facilities/" + clinic.id(), "/facilities/export.csv", "/authorities",
				"/authorities/" + clinic.authorityId(), "/api/v1/governorates", "/api/v1/places?governorate=50",
				"/api/v1/sectors", "/api/v1/indicators", "/api/v1/authorities", "/api/v1/facilities",
				"/api/v1/facilities/" + clinic.id(), "/api/v1/forms", "/api/v1/forms/" + version,
				"/api/v1/visits/" + visit.id(), "/visits/" + visit.id(), "/evidence/" + photo.id(),
				"/evidence/" + photo.id() + "/thumbnail", "/login", "/nowhere", "/complaint",
				"/track/" + filed.trackingToken(), "/reply/" + replyToken, "/cases", "/cases/" + ref,
				"/api/v1/cases", "/api/v1/cases/" + ref, "/findings", "/findings/" + ref, "/news", "/news/feed.atom",
				"/library", "/newsletter", "/sitemap.xml", "/search?q=reader%40example.org", "/editorial/newsletter");
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
}
