package ps.rasd.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.cases.ActionInput;
import ps.rasd.cases.CaseAction;
import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CasePublication;
import ps.rasd.cases.CaseWorkflow;
import ps.rasd.cases.CaseSource;
import ps.rasd.cases.NewCase;
import ps.rasd.cases.ReporterDetails;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.Tier;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;
import ps.rasd.support.Principals;

@IntegrationTest
@Transactional
class FindingWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CaseIntake caseIntake;

	@Autowired
	CaseWorkflow caseWorkflow;

	@Autowired
	CasePublication casePublication;

	@Autowired
	RegistryManagement registry;

	@Test
	void onlyAPublishedRedactedCopyIsEverShownAndItCarriesItsShareCard() throws Exception {
		var clinic = MonitoringFixtures.hebronHealthCentre(registry);
		var coordinator = Principals.coordinator("50");
		String ref = caseIntake.file(new NewCase("غياب الطبيب", "قالت سلمى إن الطبيب غائب منذ أسبوعين، هاتفها 0599777888",
				null, null, clinic.id(), null, null, null), new ReporterDetails("سلمى", "0599777888", null, false,
						false, "ar"), CaseSource.PUBLIC, null, null).summary().reference();
		assertThat(mvc.get().uri("/findings/" + ref).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/findings/" + ref + "/card.png").exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/findings").exchange()).hasStatusOk().bodyText().doesNotContain(ref);

		var verified = caseWorkflow.act(ref, CaseAction.VERIFY, 0, ActionInput.notes("ملاحظة داخلية سرية", null), coordinator);
		var published = casePublication.publication(ref, verified.version(), Tier.PUBLIC, null,
				"غياب الطبيب عن مركز صحي دورا", "يغيب الطبيب عن المركز منذ أسبوعين والمرضى ينتظرون.", coordinator);

		MvcTestResult page = mvc.get().uri("/findings/" + ref).exchange();
		assertThat(page).hasStatusOk().bodyText()
			.contains("غياب الطبيب عن مركز صحي دورا", "يغيب الطبيب عن المركز منذ أسبوعين", "dir=\"rtl\"",
					"property=\"og:image\"", "/findings/" + ref + "/card.png", "twitter:card", "https://wa.me/?text=",
					"https://t.me/share/url?url=")
			.doesNotContain("سلمى", "0599777888", "ملاحظة داخلية سرية", "<script src=\"https://");
		assertThat(mvc.get().uri("/findings").exchange()).bodyText().contains("غياب الطبيب عن مركز صحي دورا");

		MvcTestResult card = mvc.get().uri("/findings/" + ref + "/card.png").exchange();
		assertThat(card).hasStatusOk().hasContentType("image/png");
		byte[] png = card.getResponse().getContentAsByteArray();
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(1200);
		assertThat(image.getHeight()).isEqualTo(630);
		Files.createDirectories(Path.of("target/screenshots"));
		Files.write(Path.of("target/screenshots/share-card-ar.png"), png);
		String etag = card.getResponse().getHeader("ETag");
		assertThat(mvc.get().uri("/findings/" + ref + "/card.png").header("If-None-Match", etag).exchange())
			.hasStatus(304);

		// taken back to the team only: gone from the public at once
		casePublication.publication(ref, published.version(), Tier.INTERNAL, null, null, null, coordinator);
		assertThat(mvc.get().uri("/findings/" + ref).exchange()).hasStatus(404);
	}
}
