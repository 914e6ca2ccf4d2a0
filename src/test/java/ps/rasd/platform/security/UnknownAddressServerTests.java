package ps.rasd.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import ps.rasd.support.Http;
import ps.rasd.support.ServerTest;

/** A mistyped address is a page not found for everyone; only real private pages ask a visitor to sign in. */
@ServerTest
class UnknownAddressServerTests {

	@LocalServerPort
	int port;

	@Test
	void aMistypedPublicAddressIsNotFoundNotASignInRequest() {
		for (String mistyped : new String[] { "/findngs", "/facilities/1/nothing-here", "/dashbords?x=1",
				"/%D8%B4%D9%83%D9%88%D9%89" }) {
			HttpResponse<String> response = new Http(port).get(mistyped);
			assertThat(response.statusCode()).as(mistyped).isEqualTo(404);
			assertThat(response.headers().firstValue("Location")).as(mistyped).isEmpty();
			assertThat(response.body()).as(mistyped).contains("الصفحة غير موجودة");
		}
	}

	@Test
	void aRealPrivatePageStillAsksToSignIn() {
		for (String page : new String[] { "/cases", "/visits", "/admin/accounts", "/polls/1/results" }) {
			HttpResponse<String> response = new Http(port).get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(page).hasValueSatisfying(
					location -> assertThat(location).endsWith("/login"));
		}
	}
}
