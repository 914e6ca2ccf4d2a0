package ps.rasd.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.identity.ApiTokens;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.identity.TokenScope;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;

@IntegrationTest
@Transactional
class ApiTokenWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApiTokens tokens;

	@Autowired
	RegistryManagement registry;

	@Test
	void aTokenMadeOnTheOwnPageIsShownOnceAndActsAsItsOwnerWithinItsScope() throws Exception {
		var monitor = AccountFixtures.hebronMonitor(identity);
		var clinic = MonitoringFixtures.hebronHealthCentre(registry);
		MvcTestResult made = mvc.post().uri("/account/tokens").with(user(users.loadUserByUsername(monitor.username())))
			.with(csrf()).param("name", "تطبيق الهاتف").param("scope", "READ").param("days", "30").exchange();
		assertThat(made).hasRedirectedUrl("/account/tokens");
		String secret = (String) made.getMvcResult().getFlashMap().get("secret");
		assertThat(secret).startsWith("rasd_");
		assertThat(mvc.get().uri("/account/tokens").with(user(users.loadUserByUsername(monitor.username())))
			.exchange()).hasStatusOk().bodyText().contains("تطبيق الهاتف", secret.substring(0, 12))
			.doesNotContain(secret);

		MvcTestResult read = mvc.get().uri("/api/v1/cases").header("Authorization", "Bearer " + secret).exchange();
		assertThat(read).hasStatusOk();
		assertThat(read.getResponse().getHeader("Set-Cookie")).as("no session for a token").isNull();
		String body = "{\"title\": \"نقص\", \"description\": \"لا دواء\", \"facilityId\": %d}".formatted(clinic.id());
		assertThat(mvc.post().uri("/api/v1/cases").header("Authorization", "Bearer " + secret)
			.contentType("application/json").content(body).exchange()).as("a read token cannot change").hasStatus(403);

		String writer = tokens.create(monitor.id(), "كتابة", TokenScope.WRITE, null).secret();
		assertThat(mvc.post().uri("/api/v1/cases").header("Authorization", "Bearer " + writer)
			.header("Idempotency-Key", "token-1").contentType("application/json").content(body).exchange())
			.as("no CSRF token needed with a bearer token").hasStatus(201);
		assertThat(mvc.get().uri("/api/v1/admin/accounts").header("Authorization", "Bearer " + writer).exchange())
			.as("a token has its owner's rights, no more").hasStatus(403);

		long id = tokens.of(monitor.id()).stream().filter(t -> t.name().equals("كتابة")).findFirst().orElseThrow().id();
		tokens.revoke(monitor.id(), id);
		assertThat(mvc.get().uri("/api/v1/cases").header("Authorization", "Bearer " + writer).exchange())
			.hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/cases").header("Authorization", "Bearer rasd_forged").exchange())
			.hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/cases").exchange()).as("no token, no session").hasStatus(401);
	}

	@Test
	void aTokenNeedsANameAScopeAndASensibleLife() {
		var monitor = AccountFixtures.hebronMonitor(identity);
		assertThat(mvc.post().uri("/account/tokens").with(user(users.loadUserByUsername(monitor.username())))
			.with(csrf()).param("name", " ").param("scope", "READ").exchange()).hasStatus(422).bodyText()
			.contains("اكتب اسماً للمفتاح.");
		assertThat(mvc.post().uri("/account/tokens").with(user(users.loadUserByUsername(monitor.username())))
			.with(csrf()).param("name", "x").param("scope", "READ").param("days", "5000").exchange()).hasStatus(422)
			.bodyText().contains("اختر مدة بين يوم");
	}
}
