package ps.rasd.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import ps.rasd.support.Http;
import ps.rasd.support.ServerTest;

/** Errors as people and programs see them over real HTTP, through the container's error dispatch. */
@ServerTest
@TestPropertySource(properties = "rasd.platform.max-request-size=64KB")
class ErrorPagesServerTests {

	@LocalServerPort
	int port;

	Http http() {
		return new Http(port);
	}

	@Test
	void unknownGovernorateGivesALocalizedNotFoundPageWithACorrelationId() {
		HttpResponse<String> arabic = http().get("/governorates/99");
		assertThat(arabic.statusCode()).isEqualTo(404);
		assertThat(arabic.body()).contains("dir=\"rtl\"").contains("الصفحة غير موجودة")
			.contains(arabic.headers().firstValue("X-Correlation-Id").orElseThrow());
		HttpResponse<String> english = http().get("/governorates/99", "Cookie", "rasd-lang=en");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.body()).contains("dir=\"ltr\"").contains("Page not found");
	}

	@Test
	void errorPagesNeverShowExceptionDetails() {
		HttpResponse<String> response = http().get("/governorates/99");
		assertThat(response.body()).doesNotContain("Exception", "at ps.rasd", "NotFoundException",
				"geography.governorate.not-found");
	}

	@Test
	void apiErrorsAreProblemDetailsInTheLanguageAsked() {
		HttpResponse<String> english = http().get("/api/v1/governorates/99", "Accept-Language", "en");
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(english.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(english.body()).contains("\"code\":\"geography.governorate.not-found\"")
			.contains("The governorate 99 does not exist.").contains("\"title\":\"Not found\"");
		HttpResponse<String> arabic = http().get("/api/v1/governorates/99", "Accept-Language", "ar");
		assertThat(arabic.body()).contains("المحافظة 99 غير موجودة.");
	}

	@Test
	void anApiCallWithoutSignInIsAnsweredWith401ProblemDetails() {
		HttpResponse<String> response = http().get("/api/v1/admin/accounts", "Accept-Language", "en");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("\"code\":\"request.unauthenticated\"")
			.contains("\"instance\":\"/api/v1/admin/accounts\"");
	}

	@Test
	void anOversizedRequestIsRefusedWith413InTheUsersLanguage() {
		String big = "x".repeat(70 * 1024);
		HttpResponse<String> page = http().post("/login", big, "Content-Type", "application/x-www-form-urlencoded",
				"Cookie", "rasd-lang=en");
		assertThat(page.statusCode()).isEqualTo(413);
		assertThat(page.body()).contains("The request is too large");
		HttpResponse<String> api = http().post("/api/v1/admin/accounts", big, "Content-Type", "application/json",
				"Accept-Language", "ar");
		assertThat(api.statusCode()).isEqualTo(413);
		assertThat(api.body()).contains("\"code\":\"request.too-large\"").contains("حجم الطلب يتجاوز الحد المسموح.");
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() {
		HttpResponse<String> response = http().get("/");
		assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void pagesAreCompressedForClientsThatAcceptIt() {
		HttpResponse<String> response = http().get("/governorates", "Accept-Encoding", "gzip");
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	@Test
	void healthIsPublicAndOtherActuatorEndpointsAreNot() {
		assertThat(http().get("/actuator/health").statusCode()).isEqualTo(200);
		// to a visitor who is not signed in they do not exist (a page of the application would ask to sign in)
		assertThat(http().get("/actuator/prometheus").statusCode()).isIn(302, 401, 404);
		assertThat(http().get("/actuator/metrics", "Accept", "application/json").statusCode()).isIn(302, 401, 404);
	}
}
