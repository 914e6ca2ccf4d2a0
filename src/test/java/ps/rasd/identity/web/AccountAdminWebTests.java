package ps.rasd.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;

@IntegrationTest
class AccountAdminWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	private RequestPostProcessor as(AccountSummary account) {
		return user(users.loadUserByUsername(account.username()));
	}

	@Test
	void onlyAdministratorsReachAccountAdministration() {
		assertThat(mvc.get().uri("/admin/accounts").with(as(AccountFixtures.hebronMonitor(identity))).exchange())
			.hasStatus(403);
		assertThat(mvc.get().uri("/admin/accounts").with(as(AccountFixtures.hebronCoordinator(identity))).exchange())
			.hasStatus(403);
		assertThat(mvc.get().uri("/admin/accounts").exchange()).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/admin/accounts").with(as(AccountFixtures.admin(identity))).exchange())
			.hasStatusOk().bodyText().contains("الحسابات");
	}

	@Test
	void anAdministratorCreatesAMonitorWithAOneTimePassword() {
		String username = AccountFixtures.uniqueName("rami");
		MvcTestResult created = mvc.post().uri("/admin/accounts").with(as(AccountFixtures.admin(identity)))
			.with(csrf()).param("username", username).param("displayName", "رامي")
			.param("email", "rami@example.org").param("roles", "MONITOR").param("governorates", "50", "45")
			.exchange();
		assertThat(created).hasStatus3xxRedirection();
		assertThat(created.getMvcResult().getFlashMap().get("oneTimePassword")).asString().hasSize(16);
		AccountSummary account = identity.account(username).orElseThrow();
		assertThat(account.roles()).containsExactly(Role.MONITOR);
		assertThat(account.governorates()).containsExactlyInAnyOrder("50", "45");
		assertThat(account.mustChangePassword()).isTrue();
		assertThat(created).hasRedirectedUrl("/admin/accounts/" + account.id());
	}

	@Test
	void anInvalidFormKeepsWhatWasTypedAndShowsEachErrorBesideItsField() {
		MvcTestResult result = mvc.post().uri("/admin/accounts").with(as(AccountFixtures.admin(identity)))
			.with(csrf()).cookie(new Cookie("rasd-lang", "en")).param("username", "Bad Name!")
			.param("displayName", "سلمى الخطيب").param("email", "not-an-address").param("roles", "COORDINATOR")
			.exchange();
		assertThat(result).hasStatusOk().bodyText()
			.contains("value=\"سلمى الخطيب\"")
			.contains("value=\"Bad Name!\"")
			.contains("id=\"email-error\"")
			.contains("This is not a valid e-mail address.");
	}

	@Test
	void aMonitorWithoutGovernorateIsRefusedBesideTheGovernoratesField() {
		MvcTestResult result = mvc.post().uri("/admin/accounts").with(as(AccountFixtures.admin(identity)))
			.with(csrf()).param("username", AccountFixtures.uniqueName("m")).param("displayName", "راصدة")
			.param("roles", "MONITOR").exchange();
		assertThat(result).hasStatusOk().bodyText().contains("id=\"governorates-error\"")
			.contains("الراصد والمنسّق يحتاجان إلى محافظة واحدة على الأقل.");
	}

	@Test
	void aSecondAdministratorSavingAStaleVersionGetsAConflictAndNothingIsOverwritten() {
		AccountSummary admin = AccountFixtures.admin(identity);
		AccountSummary monitor = AccountFixtures.hebronMonitor(identity);
		long seen = monitor.version();
		assertThat(mvc.post().uri("/admin/accounts/" + monitor.id()).with(as(admin)).with(csrf())
			.param("displayName", "الاسم الأول").param("roles", "MONITOR").param("governorates", "50")
			.param("version", String.valueOf(seen)).exchange()).hasStatus3xxRedirection();

		MvcTestResult second = mvc.post().uri("/admin/accounts/" + monitor.id()).with(as(admin)).with(csrf())
			.param("displayName", "الاسم الثاني").param("roles", "MONITOR").param("governorates", "50")
			.param("version", String.valueOf(seen)).exchange();
		assertThat(second).hasStatus(409).bodyText().contains("عدّل شخص آخر هذا الحساب قبلك")
			.contains("value=\"الاسم الثاني\"");
		assertThat(identity.account(monitor.id()).orElseThrow().displayName()).isEqualTo("الاسم الأول");
	}

	@Test
	void anAdministratorCannotLockThemselvesOut() {
		AccountSummary admin = AccountFixtures.admin(identity);
		MvcTestResult result = mvc.post().uri("/admin/accounts/" + admin.id() + "/enabled").with(as(admin))
			.with(csrf()).param("enabled", "false").param("version", String.valueOf(admin.version())).exchange();
		assertThat(result).hasStatus3xxRedirection();
		assertThat(result.getMvcResult().getFlashMap().get("problem")).isEqualTo("identity.account.self-lockout");
		assertThat(identity.account(admin.id()).orElseThrow().enabled()).isTrue();
	}

	@Test
	void anAdministratorErasesAPersonsIdentityAndTheirAccountIdStays() {
		AccountSummary admin = AccountFixtures.admin(identity);
		AccountSummary monitor = AccountFixtures.hebronMonitor(identity);
		assertThat(mvc.post().uri("/admin/accounts/" + monitor.id() + "/erase").with(as(admin)).with(csrf())
			.param("version", String.valueOf(monitor.version())).exchange().getMvcResult().getFlashMap().get("problem"))
			.as("erasing needs a confirmation").isEqualTo("identity.account.erase-confirm");
		mvc.post().uri("/admin/accounts/" + monitor.id() + "/erase").with(as(admin)).with(csrf())
			.param("version", String.valueOf(monitor.version())).param("confirm", "true").exchange();
		AccountSummary erased = identity.account(monitor.id()).orElseThrow();
		assertThat(erased.username()).isEqualTo("erased-" + monitor.id());
		assertThat(erased.displayName()).isEqualTo("—");
		assertThat(erased.enabled()).isFalse();
		assertThat(erased.governorates()).containsExactly("50");
		assertThat(identity.account(monitor.username())).isEmpty();
	}

	@Test
	void aCoordinatorManagesTheMonitorsOfTheirGovernoratesOnly() {
		AccountSummary coordinator = AccountFixtures.hebronCoordinator(identity);
		String username = AccountFixtures.uniqueName("team");
		MvcTestResult created = mvc.post().uri("/team").with(as(coordinator)).with(csrf()).param("username", username)
			.param("displayName", "راصدة الفريق").param("governorates", "50").exchange();
		assertThat(created).hasStatus3xxRedirection();
		assertThat(created.getMvcResult().getFlashMap().get("oneTimePassword")).asString().hasSize(16);
		AccountSummary monitor = identity.account(username).orElseThrow();
		assertThat(monitor.roles()).containsExactly(Role.MONITOR);
		assertThat(mvc.get().uri("/team").with(as(coordinator)).exchange()).hasStatusOk().bodyText()
			.contains("راصدة الفريق");

		assertThat(mvc.post().uri("/team").with(as(coordinator)).with(csrf())
			.param("username", AccountFixtures.uniqueName("x")).param("displayName", "خارج النطاق")
			.param("governorates", "45").exchange()).hasStatus(403);
		AccountSummary otherCoordinator = identity.createWithPassword(AccountFixtures.uniqueName("c45"),
				new ps.rasd.identity.AccountDetails("منسق بيت لحم", null, java.util.EnumSet.of(Role.COORDINATOR),
						java.util.Set.of("45")), AccountFixtures.PASSWORD);
		assertThat(mvc.get().uri("/team/" + monitor.id()).with(as(otherCoordinator)).exchange()).hasStatus(404);
		assertThat(mvc.post().uri("/team/" + monitor.id() + "/enabled").with(as(otherCoordinator)).with(csrf())
			.param("enabled", "false").param("version", String.valueOf(monitor.version())).exchange()).hasStatus(403);
		assertThat(mvc.get().uri("/team").with(as(AccountFixtures.hebronMonitor(identity))).exchange()).hasStatus(403);
		assertThat(mvc.post().uri("/team/" + coordinator.id() + "/password").with(as(coordinator)).with(csrf())
			.param("version", "0").exchange()).as("a coordinator is not a team member").hasStatus(403);
	}

	@Test
	void resettingAPasswordIssuesANewOneTimePassword() {
		AccountSummary admin = AccountFixtures.admin(identity);
		AccountSummary monitor = AccountFixtures.hebronMonitor(identity);
		MvcTestResult result = mvc.post().uri("/admin/accounts/" + monitor.id() + "/password").with(as(admin))
			.with(csrf()).param("version", String.valueOf(monitor.version())).exchange();
		assertThat(result.getMvcResult().getFlashMap().get("oneTimePassword")).asString().hasSize(16);
		assertThat(identity.account(monitor.id()).orElseThrow().mustChangePassword()).isTrue();
	}

	@Test
	void theJsonApiCreatesAccountsAndAnswersBadInputWithProblemDetails() {
		AccountSummary admin = AccountFixtures.admin(identity);
		String username = AccountFixtures.uniqueName("api");
		assertThat(mvc.post().uri("/api/v1/admin/accounts").with(as(admin)).with(csrf())
			.contentType("application/json").content("""
					{"username":"%s","displayName":"باحث","roles":["ANALYST"]}""".formatted(username)).exchange())
			.hasStatus(201).bodyJson()
			.hasPathSatisfying("$.account.username", v -> assertThat(v).isEqualTo(username))
			.hasPathSatisfying("$.oneTimePassword", v -> assertThat(v).asString().hasSize(16));

		assertThat(mvc.post().uri("/api/v1/admin/accounts").with(as(admin)).with(csrf())
			.header("Accept-Language", "en").contentType("application/json").content("{\"username\": ").exchange())
			.hasStatus(400).bodyJson()
			.hasPathSatisfying("$.code", v -> assertThat(v).isEqualTo("request.malformed"))
			.hasPathSatisfying("$.detail", v -> assertThat(v).asString().contains("malformed"));

		assertThat(mvc.post().uri("/api/v1/admin/accounts").with(as(admin)).with(csrf())
			.header("Accept-Language", "ar").contentType("application/json")
			.content("{\"username\":\"someone\",\"roles\":[]}").exchange())
			.hasStatus(400).bodyJson()
			.hasPathSatisfying("$.errors[*].field", v -> assertThat(v).asArray().contains("displayName", "roles"))
			.hasPathSatisfying("$.errors[?(@.field=='displayName')].message",
					v -> assertThat(v).asArray().containsExactly("هذا الحقل مطلوب."));

		assertThat(mvc.post().uri("/api/v1/admin/accounts").with(as(admin)).with(csrf())
			.header("Accept-Language", "en").contentType("application/json").content("""
					{"username":"%s","displayName":"x","roles":["ANALYST"]}""".formatted(username)).exchange())
			.hasStatus(422).bodyJson()
			.hasPathSatisfying("$.code", v -> assertThat(v).isEqualTo("identity.account.username-taken"))
			.hasPathSatisfying("$.detail", v -> assertThat(v).asString().contains("already taken"));
	}
}
