package ps.rasd.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ps.rasd.cases.CaseQueue;
import ps.rasd.cases.CaseQuery;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;
import ps.rasd.support.Principals;

/**
 * An e-mail address the outbox would refuse is refused with the submission, beside its field, with everything else
 * kept; it never turns a complaint into a 500 and a lost case. Not in a test transaction: the loss happened at
 * commit.
 */
@IntegrationTest
class ReporterEmailTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CaseQueue cases;

	@Autowired
	IdentityManagement identity;

	@Autowired
	RegistryManagement registry;

	@Autowired
	UserDetailsService users;

	@Test
	void aComplaintWithAnAddressTheOutboxWouldRefuseComesBackWholeWithTheFieldMarked() {
		MvcTestResult result = mvc.post().uri("/complaint").with(csrf()).with(r -> {
			r.setRemoteAddr("10.61.0.1");
			return r;
		})
			.param("title", "انقطاع الكهرباء في حلحول").param("description", "وصف كتبته بعناية عن الانقطاع")
			.param("sectorCode", "WATER").param("governorateCode", "50").param("place", "دورا")
			.param("email", "a@b.c").param("wantsUpdates", "true").param("idempotencyKey", "email-rule-1")
			.exchange();
		assertThat(result).hasStatus(422).bodyText().contains("id=\"email-error\"", "a@b.c",
				"وصف كتبته بعناية عن الانقطاع", "انقطاع الكهرباء في حلحول");
	}

	@Test
	void theApiRefusesSuchAnAddressAsAFieldErrorAndAGoodOneFilesTheCase() {
		FacilitySummary clinic = MonitoringFixtures.hebronHealthCentre(registry);
		AccountSummary monitor = AccountFixtures.hebronMonitor(identity);
		String body = """
				{"title": "%s", "description": "لا يوجد دواء الضغط منذ شهر", "facilityId": %d,
				 "reporter": {"name": "أبو خالد", "email": "%s", "wantsUpdates": true}}""";
		MvcTestResult refused = mvc.post().uri("/api/v1/cases").with(user(users.loadUserByUsername(monitor.username())))
			.with(csrf()).contentType("application/json").header("Accept-Language", "en")
			.content(body.formatted("بريد خاطئ", clinic.id(), "a@b.c")).exchange();
		assertThat(refused).hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("email");

		MvcTestResult filed = mvc.post().uri("/api/v1/cases").with(user(users.loadUserByUsername(monitor.username())))
			.with(csrf()).contentType("application/json")
			.content(body.formatted("بريد صحيح " + monitor.id(), clinic.id(), "abu.khaled@example.org")).exchange();
		assertThat(filed.getResponse().getStatus()).isIn(200, 201);
		assertThat(cases.queue(CaseQuery.all(), 0, 200, Principals.admin()).items())
			.anyMatch(c -> c.title().equals("بريد صحيح " + monitor.id()));
	}
}
