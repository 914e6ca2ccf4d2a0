package ps.rasd.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.w3c.dom.Document;

import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CasePublication;
import ps.rasd.cases.CaseSource;
import ps.rasd.cases.NewCase;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.Tier;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;
import ps.rasd.support.Principals;

@IntegrationTest
@Transactional
class FeedWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CaseIntake caseIntake;

	@Autowired
	CasePublication casePublication;

	@Autowired
	RegistryManagement registry;

	private static Document xml(MvcTestResult result) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	@Test
	void theAtomFeedAndTheSitemapListPublishedCasesOnlyAndRobotsKeepSecretsOut() throws Exception {
		var clinic = MonitoringFixtures.hebronHealthCentre(registry);
		var coordinator = Principals.coordinator("50");
		String shown = caseIntake.file(new NewCase("منشورة", "قصة", null, null, clinic.id(), null, null, null), null,
				CaseSource.STAFF, null, coordinator).summary().reference();
		casePublication.publication(shown, 0, Tier.PUBLIC, null, "انقطاع الأدوية في دورا", "لا دواء للضغط منذ شهر.",
				coordinator);
		String hidden = caseIntake.file(new NewCase("داخلية", "قصة داخلية", null, null, clinic.id(), null, null, null), null,
				CaseSource.STAFF, null, coordinator).summary().reference();

		MvcTestResult feed = mvc.get().uri("/findings/feed.atom?governorate=50").exchange();
		assertThat(feed).hasStatusOk();
		assertThat(feed.getResponse().getContentType()).startsWith("application/atom+xml");
		Document atom = xml(feed);
		assertThat(atom.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		String text = atom.getDocumentElement().getTextContent();
		assertThat(text).contains("انقطاع الأدوية في دورا", "/findings/" + shown).doesNotContain(hidden, "قصة داخلية");
		assertThat(xml(mvc.get().uri("/findings/feed.atom?governorate=45").exchange()).getDocumentElement()
			.getTextContent()).doesNotContain(shown);

		Document sitemap = xml(mvc.get().uri("/sitemap.xml").exchange());
		String urls = sitemap.getDocumentElement().getTextContent();
		assertThat(urls).contains("/findings/" + shown, "/facilities/" + clinic.id(), "/governorates/50")
			.doesNotContain(hidden);

		assertThat(mvc.get().uri("/authorities/" + clinic.authorityId()).exchange()).hasStatusOk().bodyText()
			.contains("استجابة الجهة للحالات المحالة إليها", "أقل من ٥");

		assertThat(mvc.get().uri("/robots.txt").exchange()).hasStatusOk().bodyText()
			.contains("Disallow: /track/", "Disallow: /reply/", "Disallow: /cases", "Sitemap: ");
	}
}
