package ps.rasd.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ps.rasd.analytics.ExportStatus;
import ps.rasd.analytics.ReportJobView;
import ps.rasd.analytics.ReportManagement;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.PdfChecks;
import ps.rasd.support.Principals;

/** The reports page: staff ask for a report, it is written in the background, then downloaded; others are refused. */
@IntegrationTest
class ReportWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	ReportManagement reports;

	private RequestPostProcessor as(String name, Role role) {
		String username = identity.createWithPassword(AccountFixtures.uniqueName(name),
				new AccountDetails(name, null, EnumSet.of(role), Set.of("50")), AccountFixtures.PASSWORD)
			.username();
		identity.consent(username);
		return user(users.loadUserByUsername(username));
	}

	@Test
	void staffAskForAReportAndDownloadItWhenItIsWritten() {
		RequestPostProcessor analyst = as("an", Role.ANALYST);
		assertThat(mvc.post().uri("/reports").with(analyst).with(csrf()).param("from", "2026-01-01")
			.param("to", "2026-03-31").param("governorate", "50").param("language", "ar").exchange())
			.hasStatus3xxRedirection();
		ReportJobView job = reports.recent(Principals.admin()).get(0);
		await().atMost(Duration.ofSeconds(60)).until(() -> reports.recent(Principals.admin()).stream()
			.filter(j -> j.id() == job.id()).findFirst().orElseThrow().status() == ExportStatus.DONE);

		assertThat(mvc.get().uri("/reports").with(analyst).exchange()).hasStatusOk().bodyText()
			.contains("/reports/" + job.id() + ".pdf", "تقارير الرصد الدورية");
		var download = mvc.get().uri("/reports/" + job.id() + ".pdf").with(analyst).exchange();
		assertThat(download).hasStatusOk().hasContentType("application/pdf");
		byte[] pdf = download.getResponse().getContentAsByteArray();
		assertThat(PdfChecks.text(pdf)).contains(PdfChecks.normalize("تقرير الرصد الدوري"), PdfChecks.normalize("١ كانون الثاني ٢٠٢٦"),
				PdfChecks.normalize("المحافظة: الخليل"));
		PdfChecks.assertFontsEmbedded(pdf);
	}

	@Test
	void partnersAndThePublicGetNoReports() {
		assertThat(mvc.get().uri("/reports").with(as("p", Role.PARTNER)).exchange()).hasStatus(403);
		assertThat(mvc.get().uri("/reports").exchange()).hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/reports").with(as("p2", Role.PARTNER)).with(csrf()).param("from", "2026-01-01")
			.param("to", "2026-03-31").exchange()).hasStatus(403);
	}

	@Test
	void aPeriodOutOfOrderIsRefused() {
		assertThat(mvc.post().uri("/reports").with(as("c", Role.COORDINATOR)).with(csrf()).param("from", "2026-03-01")
			.param("to", "2026-01-31").exchange()).hasStatus(422).bodyText()
			.contains("حدد فترة صحيحة");
	}

}
