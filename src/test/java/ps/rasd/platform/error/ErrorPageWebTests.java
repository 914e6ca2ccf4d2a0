package ps.rasd.platform.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ps.rasd.identity.IdentityManagement;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;

/** The error page as the container's error dispatch renders it, for statuses hard to cause on purpose. */
@IntegrationTest
class ErrorPageWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Test
	void anUnexpectedFailureShowsAnApologyAndAReferenceButNoDetail() {
		assertThat(mvc.get().uri("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/governorates")
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("db password is hunter2"))
			.exchange()).hasStatus(500).bodyText()
			.contains("حدث خطأ غير متوقع", "رقم المتابعة")
			.doesNotContain("hunter2", "IllegalStateException");
	}

	@Test
	void aMissingPermissionIsExplainedInEnglishToo() {
		assertThat(mvc.get().uri("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/admin/accounts").cookie(new Cookie("rasd-lang", "en"))
			.exchange()).hasStatus(403).bodyText().contains("You do not have access", "dir=\"ltr\"");
	}

	@Test
	void prometheusMetricsAreForAdministratorsOnly() {
		assertThat(mvc.get().uri("/actuator/prometheus")
			.with(user(users.loadUserByUsername(AccountFixtures.admin(identity).username()))).exchange())
			.hasStatusOk().bodyText().contains("jvm_memory_used_bytes");
		assertThat(mvc.get().uri("/actuator/prometheus")
			.with(user(users.loadUserByUsername(AccountFixtures.hebronCoordinator(identity).username()))).exchange())
			.hasStatus(403);
	}
}
