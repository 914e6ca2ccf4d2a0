package ps.rasd.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ps.rasd.identity.IdentityManagement;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.Http;
import ps.rasd.support.RawHttp;
import ps.rasd.support.ServerTest;
import ps.rasd.support.SignedInHttp;

/**
 * Error answers are even, over real HTTP with Tomcat's own behaviour: no 500 for what is the client's doing, 413 for
 * everything too large, and Rasd's page (or problem details under {@code /api/}) even where Tomcat refuses a request
 * before the application sees it.
 */
@ServerTest
class ErrorHandlingServerTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityManagement identity;

	@Test
	void askingForTheErrorPageItselfIsNotFoundNotAServerError() {
		HttpResponse<String> page = new Http(port).get("/error", "Cookie", "rasd-lang=en");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Page not found");
		HttpResponse<String> json = new Http(port).get("/error", "Accept", "application/json");
		assertThat(json.statusCode()).isEqualTo(404);
	}

	@Test
	void aFiveMegabyteFormDefinitionIsRefusedAsTooLargeNotAServerError() {
		SignedInHttp admin = SignedInHttp.signIn(port, AccountFixtures.admin(identity).username(),
				AccountFixtures.PASSWORD);
		byte[] json = ("{\"title\":{\"ar\":\"" + "ن".repeat(5 * 1024 * 1024 / 2) + "\"},\"sections\":[]}")
			.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = admin.upload("/admin/forms/import", "/admin/forms",
				java.util.Map.of("code", "big-form"), "file", "big.json", "application/json", json,
				"Cookie", "rasd-lang=en");
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("too large for a form definition").contains("dir=\"ltr\"");
	}

	@Test
	void anUploadAboveTheFileLimitIsRefusedWith413NotForbidden() {
		SignedInHttp admin = SignedInHttp.signIn(port, AccountFixtures.admin(identity).username(),
				AccountFixtures.PASSWORD);
		byte[] big = new byte[21 * 1024 * 1024];
		HttpResponse<String> response = admin.upload("/facilities/import", "/facilities/import", java.util.Map.of(),
				"file", "big.csv", "text/csv", big, "Cookie", "rasd-lang=en");
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("The request is too large");
	}

	@Test
	void aLanguageSwitchBackToAPathWithRawArabicRedirectsToItEncoded() {
		// what a browser sends for /search?q=رصد: the parameter arrives decoded, with raw Arabic
		RawHttp.Answer answer = RawHttp.get(port, "/lang?to=en&back=/search%3Fq%3D%D8%B1%D8%B5%D8%AF");
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.header("Location")).isNotNull().endsWith("/search?q=%D8%B1%D8%B5%D8%AF");
		RawHttp.Answer template = RawHttp.get(port, "/lang?to=en&back=/governorates/%7Bcode%7D");
		assertThat(template.status()).isEqualTo(302);
		assertThat(template.header("Location")).endsWith("/governorates/%7Bcode%7D");
		RawHttp.Answer elsewhere = RawHttp.get(port, "/lang?to=en&back=//evil.example/%D8%B1");
		assertThat(elsewhere.header("Location")).isIn("/", "http://localhost/");
	}

	@Test
	void requestsTomcatRefusesBeforeTheApplicationGetRasdsPageNotTomcats() {
		for (String target : new String[] { "/search?q=%", "/a%2Fb", "/governorates/<x>", "/%" }) {
			RawHttp.Answer answer = RawHttp.get(port, target, "Cookie: rasd-lang=en");
			assertThat(answer.status()).as(target).isBetween(400, 499);
			assertThat(answer.body()).as(target).doesNotContain("Apache Tomcat", "HTTP Status").contains("rasd");
		}
		RawHttp.Answer api = RawHttp.get(port, "/api/v1/governorates/%", "Accept-Language: en");
		assertThat(api.status()).isBetween(400, 499);
		assertThat(api.header("Content-Type")).startsWith("application/problem+json");
		RawHttp.Answer header = RawHttp.get(port, "/", "X-Big: " + "x".repeat(20_000));
		assertThat(header.status()).isBetween(400, 499);
		assertThat(header.body()).doesNotContain("Apache Tomcat");
	}
}
