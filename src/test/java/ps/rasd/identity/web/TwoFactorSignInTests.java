package ps.rasd.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.identity.TwoFactorEnrolment;
import ps.rasd.identity.domain.Totp;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;

/**
 * Two-factor sign-in as people meet it: an administrator is led to enrol at the next sign-in (QR code and secret),
 * then signs in with a code; a wrong code and a replayed code are refused; a recovery code works once; every
 * enrolment and recovery use is audited. (Same settings as {@code ForwardedForTests}, so one context serves both.)
 */
@IntegrationTest
@SpringBootTest(properties = { "rasd.api.requests-per-minute=40", "rasd.api.burst=40", "rasd.platform.trusted-proxies=10.77.0.1",
		"rasd.identity.two-factor-required=true", "rasd.test.context=hardening" })
class TwoFactorSignInTests {

	private static final AtomicInteger ADDRESS = new AtomicInteger(1);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	JdbcClient jdbc;

	private final String address = "10.78.0." + ADDRESS.getAndIncrement();

	private MvcTestResult post(String uri, MockHttpSession session, String... params) {
		var request = mvc.post().uri(uri).session(session).with(csrf()).with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
		for (int i = 0; i + 1 < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private MvcTestResult get(String uri, MockHttpSession session) {
		return mvc.get().uri(uri).session(session).with(r -> {
			r.setRemoteAddr(address);
			return r;
		}).exchange();
	}

	private MockHttpSession passwordStep(String username) {
		MockHttpSession session = new MockHttpSession();
		MvcTestResult password = post("/login", session, "username", username, "password", AccountFixtures.PASSWORD);
		assertThat(password).hasRedirectedUrl("/login/code");
		assertThat(get("/cases", session)).as("the password alone signs nobody in").hasRedirectedUrl("/login");
		return session;
	}

	/** Signs in an administrator for the first time and enrols them; answers the secret and the recovery codes. */
	@SuppressWarnings("unchecked")
	private Object[] enrolledAdmin(AccountSummary admin) {
		MockHttpSession session = new MockHttpSession();
		assertThat(post("/login", session, "username", admin.username(), "password", AccountFixtures.PASSWORD))
			.hasRedirectedUrl("/my-work");
		assertThat(get("/cases", session)).as("led to enrol before anything else")
			.hasRedirectedUrl("/account/two-factor");
		MvcTestResult page = get("/account/two-factor", session);
		TwoFactorEnrolment offer = (TwoFactorEnrolment) session.getAttribute(TwoFactorController.OFFER);
		assertThat(page).hasStatusOk().bodyText().contains("<svg", "<path", offer.grouped(), "التحقق بخطوتين");

		assertThat(post("/account/two-factor", session, "code", "000000")).hasStatusOk().bodyText()
			.contains("id=\"code-error\"");
		String code = Totp.code(offer.secret(), Totp.step(Instant.now()));
		MvcTestResult enrolled = post("/account/two-factor", session, "code", code);
		List<String> codes = (List<String>) enrolled.getMvcResult().getModelAndView().getModel().get("codes");
		assertThat(codes).hasSize(10).allMatch(c -> c.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"));
		assertThat(enrolled).bodyText().contains(codes.get(0));
		assertThat(get("/cases", session)).as("free to go on once enrolled").hasStatusOk();
		return new Object[] { offer.secret(), codes, code };
	}

	private long audited(String action, long accountId) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and subject_id = ?").param(action)
			.param(String.valueOf(accountId)).query(Long.class).single();
	}

	@Test
	void anAdministratorEnrolsAtNextSignInThenSignsInWithACodeNeverTheSameCodeTwice() {
		AccountSummary admin = AccountFixtures.admin(identity);
		Object[] enrolment = enrolledAdmin(admin);
		String secret = (String) enrolment[0];
		assertThat(audited("account.two-factor-enrolled", admin.id())).isEqualTo(1);

		MockHttpSession replay = passwordStep(admin.username());
		assertThat(post("/login/code", replay, "code", (String) enrolment[2])).as("the enrolment's code, again")
			.hasStatus(401).bodyText().contains("id=\"code-error\"");

		MockHttpSession session = passwordStep(admin.username());
		assertThat(post("/login/code", session, "code", "123456")).as("a wrong code").hasStatus(401);
		String next = Totp.code(secret, Totp.step(Instant.now()) + 1); // the phone a little ahead
		assertThat(post("/login/code", session, "code", next)).as("on to the page asked for before")
			.hasRedirectedUrl("http://localhost/cases?continue");
		assertThat(get("/cases", session)).hasStatusOk();

		MockHttpSession again = passwordStep(admin.username());
		assertThat(post("/login/code", again, "code", next)).as("a code already used").hasStatus(401);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aRecoveryCodeSignsInOnceAndItsUseIsAudited() {
		AccountSummary admin = AccountFixtures.admin(identity);
		List<String> codes = (List<String>) enrolledAdmin(admin)[1];

		MockHttpSession first = passwordStep(admin.username());
		assertThat(post("/login/code", first, "code", codes.get(3).toUpperCase())).hasStatus3xxRedirection();
		assertThat(audited("account.recovery-code-used", admin.id())).isEqualTo(1);

		MockHttpSession second = passwordStep(admin.username());
		assertThat(post("/login/code", second, "code", codes.get(3))).as("used up").hasStatus(401);
		assertThat(post("/login/code", second, "code", codes.get(4))).hasStatus3xxRedirection();
	}

	@Test
	void turningItOffNeedsThePasswordAndAnAdministratorIsLedBackToEnrol() {
		AccountSummary admin = AccountFixtures.admin(identity);
		List<?> codes = (List<?>) enrolledAdmin(admin)[1];
		MockHttpSession session = passwordStep(admin.username());
		assertThat(post("/login/code", session, "code", (String) codes.get(0))).hasStatus3xxRedirection();

		assertThat(post("/account/two-factor/disable", session, "password", "not my password")).hasStatusOk()
			.bodyText().contains("id=\"disable-error\"");
		assertThat(post("/account/two-factor/disable", session, "password", AccountFixtures.PASSWORD))
			.hasRedirectedUrl("/account/two-factor");
		assertThat(audited("account.two-factor-disabled", admin.id())).isEqualTo(1);
		assertThat(get("/cases", session)).hasRedirectedUrl("/account/two-factor");
	}

	@Test
	void aMonitorIsNotForcedAndSignsInWithThePasswordAlone() {
		AccountSummary monitor = AccountFixtures.hebronMonitor(identity);
		MockHttpSession session = new MockHttpSession();
		assertThat(post("/login", session, "username", monitor.username(), "password", AccountFixtures.PASSWORD))
			.hasRedirectedUrl("/my-work");
		assertThat(get("/visits", session).getResponse().getStatus()).isNotEqualTo(302);
	}
}
