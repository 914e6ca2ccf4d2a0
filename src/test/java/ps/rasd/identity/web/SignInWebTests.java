package ps.rasd.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ps.rasd.identity.AccountCreated;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;

@IntegrationTest
class SignInWebTests {

	private static final AtomicInteger ADDRESS = new AtomicInteger(1);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	/** Each test signs in from its own address, so the per-address throttle of one test does not touch another. */
	private final String address = "10.20.0." + ADDRESS.getAndIncrement();

	private RequestPostProcessor from(String remoteAddress) {
		return request -> {
			request.setRemoteAddr(remoteAddress);
			return request;
		};
	}

	private MvcTestResult signIn(String username, String password, MockHttpSession session) {
		return mvc.post().uri("/login").param("username", username).param("password", password).session(session)
			.with(csrf()).with(from(address)).exchange();
	}

	@Test
	void theSignInPageIsLocalized() {
		assertThat(mvc.get().uri("/login").exchange()).hasStatusOk().bodyText().contains("تسجيل الدخول")
			.contains("autocomplete=\"current-password\"");
	}

	@Test
	void aCorrectPasswordSignsInAndChangesTheSessionId() {
		String username = AccountFixtures.hebronMonitor(identity).username();
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcTestResult result = signIn(username, AccountFixtures.PASSWORD, session);
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/my-work");
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
		assertThat(identity.account(username).orElseThrow().lastSignInAt()).isNotNull();
	}

	@Test
	void aMistypedAddressSeenBeforeSigningInIsNotWhereSignInLeads() {
		String username = AccountFixtures.hebronMonitor(identity).username();
		MockHttpSession session = new MockHttpSession();
		assertThat(mvc.get().uri("/no-such-page").session(session).exchange()).hasStatus(404);
		assertThat(signIn(username, AccountFixtures.PASSWORD, session)).hasRedirectedUrl("/my-work");
	}

	@Test
	void aWrongPasswordAndAnUnknownUserGetTheSameAnswerAndKeepTheUsername() throws Exception {
		String username = AccountFixtures.hebronMonitor(identity).username();
		MockHttpSession session = new MockHttpSession();
		MvcTestResult wrong = signIn(username, "not the password", session);
		assertThat(wrong).hasRedirectedUrl("/login?error");
		String wrongPage = mvc.get().uri("/login?error").session(session).exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		MockHttpSession other = new MockHttpSession();
		assertThat(signIn("nobody-" + username, "whatever it is", other)).hasRedirectedUrl("/login?error");
		String unknownPage = mvc.get().uri("/login?error").session(other).exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(wrongPage).contains("تعذّر تسجيل الدخول").contains("value=\"" + username + "\"");
		assertThat(withoutCsrfTokens(unknownPage.replace("nobody-" + username, username)))
			.isEqualTo(withoutCsrfTokens(wrongPage));
	}

	private static String withoutCsrfTokens(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	@Test
	void repeatedFailuresPauseSignInForThatAccountEvenWithTheRightPassword() {
		String username = AccountFixtures.hebronMonitor(identity).username();
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(username, "guess " + i + " is wrong", new MockHttpSession()))
				.hasRedirectedUrl("/login?error");
		}
		MvcTestResult blocked = mvc.post().uri("/login").param("username", username)
			.param("password", AccountFixtures.PASSWORD).with(csrf()).with(from("10.30.0.1")).exchange();
		assertThat(blocked).hasRedirectedUrl("/login?error");
	}

	@Test
	void aDeactivatedAccountCannotSignIn() {
		var account = AccountFixtures.hebronMonitor(identity);
		var admin = AccountFixtures.admin(identity);
		identity.setEnabled(account.id(), account.version(), false, admin.username());
		assertThat(signIn(account.username(), AccountFixtures.PASSWORD, new MockHttpSession()))
			.hasRedirectedUrl("/login?error");
	}

	@Test
	void aFormWithoutCsrfTokenIsRefused() {
		assertThat(mvc.post().uri("/login").param("username", "x").param("password", "y").exchange()).hasStatus(403);
	}

	@Test
	void aOneTimePasswordMustBeChangedBeforeAnythingElse() {
		String username = AccountFixtures.uniqueName("new");
		AccountCreated created = identity.create(username,
				new AccountDetails("جديد", null, EnumSet.of(Role.ANALYST), Set.of()));
		MockHttpSession session = new MockHttpSession();
		assertThat(signIn(username, created.oneTimePassword(), session)).hasStatus3xxRedirection();

		assertThat(mvc.get().uri("/governorates").session(session).exchange())
			.hasRedirectedUrl("/account/password");
		assertThat(mvc.get().uri("/account/password").session(session).exchange()).hasStatusOk().bodyText()
			.contains("دخلت بكلمة مرور مؤقتة");

		MvcTestResult mismatch = mvc.post().uri("/account/password").session(session).with(csrf())
			.param("currentPassword", created.oneTimePassword()).param("newPassword", "زيتون الخليل الأخضر")
			.param("confirmPassword", "something else entirely").exchange();
		assertThat(mismatch).hasStatusOk().bodyText().contains("الكلمتان غير متطابقتين.")
			.contains("id=\"confirmPassword-error\"");

		MvcTestResult changed = mvc.post().uri("/account/password").session(session).with(csrf())
			.param("currentPassword", created.oneTimePassword()).param("newPassword", "زيتون الخليل الأخضر")
			.param("confirmPassword", "زيتون الخليل الأخضر").exchange();
		assertThat(changed).hasRedirectedUrl("/my-work");
		MockHttpSession after = (MockHttpSession) changed.getRequest().getSession();
		assertThat(mvc.get().uri("/governorates").session(after).exchange()).hasStatusOk();
		assertThat(identity.account(username).orElseThrow().mustChangePassword()).isFalse();
	}

	@Test
	void aNewMonitorAgreesToTheTermsBeforeAnythingElse() {
		String username = AccountFixtures.uniqueName("fresh");
		identity.createWithPassword(username, new AccountDetails("راصدة جديدة", null, EnumSet.of(Role.MONITOR),
				Set.of("50")), AccountFixtures.PASSWORD);
		MockHttpSession session = new MockHttpSession();
		signIn(username, AccountFixtures.PASSWORD, session);
		assertThat(mvc.get().uri("/visits").session(session).exchange()).hasRedirectedUrl("/account/consent");
		assertThat(mvc.get().uri("/account/consent").session(session).exchange()).hasStatusOk().bodyText()
			.contains("شروط العمل راصداً في رصد");
		assertThat(mvc.post().uri("/account/consent").session(session).with(csrf()).exchange()).hasStatusOk()
			.bodyText().contains("ضع علامة على الموافقة لتتابع.");
		MvcTestResult agreed = mvc.post().uri("/account/consent").session(session).with(csrf()).param("agree", "true")
			.exchange();
		assertThat(agreed).hasRedirectedUrl("/visits");
		assertThat(mvc.get().uri("/visits").session((MockHttpSession) agreed.getRequest().getSession()).exchange())
			.hasStatusOk();
		assertThat(identity.account(username).orElseThrow().consentVersion())
			.isEqualTo(IdentityManagement.CONSENT_VERSION);
	}

	@Test
	void theNewPasswordMustFollowThePolicy() {
		String username = AccountFixtures.hebronMonitor(identity).username();
		MockHttpSession session = new MockHttpSession();
		signIn(username, AccountFixtures.PASSWORD, session);
		MvcTestResult result = mvc.post().uri("/account/password").session(session).with(csrf())
			.cookie(new jakarta.servlet.http.Cookie("rasd-lang", "en"))
			.param("currentPassword", AccountFixtures.PASSWORD).param("newPassword", "short")
			.param("confirmPassword", "short").exchange();
		assertThat(result).hasStatusOk().bodyText().contains("The password must have at least 12 characters.");
	}
}
