package ps.rasd.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ps.rasd.support.IntegrationTest;

/**
 * The address a per-address limit counts is the peer's own unless the peer is a proxy named in
 * {@code rasd.platform.trusted-proxies}: a forged {@code X-Forwarded-For} from anyone else changes nothing.
 */
@IntegrationTest
@SpringBootTest(properties = { "rasd.api.requests-per-minute=40", "rasd.api.burst=40", "rasd.platform.trusted-proxies=10.77.0.1",
		"rasd.identity.two-factor-required=true", "rasd.test.context=hardening" })
class ForwardedForTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aForgedHeaderFromAnUntrustedPrivateAddressDoesNotEscapeTheLimit() {
		for (int i = 0; i < 10; i++) {
			assertThat(get("10.77.0.2", "203.0.113." + i)).hasStatusOk();
		}
		assertThat(get("10.77.0.2", "203.0.113.99")).as("same peer, another forged address").hasStatus(429);
	}

	@Test
	void aNamedProxySpeaksForEachOfItsClients() {
		for (int i = 0; i < 10; i++) {
			assertThat(get("10.77.0.1", "198.51.100.1")).hasStatusOk();
		}
		assertThat(get("10.77.0.1", "198.51.100.1")).as("that client has used its minute").hasStatus(429);
		assertThat(get("10.77.0.1", "198.51.100.2")).as("another client behind the proxy").hasStatusOk();
		assertThat(get("10.77.0.1", "6.6.6.6, 198.51.100.1")).as("a client's own prefix is not believed")
			.hasStatus(429);
	}

	private MvcTestResult get(String peer, String forwardedFor) {
		return mvc.get().uri("/api/v1/sectors").header("X-Forwarded-For", forwardedFor).with(r -> {
			r.setRemoteAddr(peer);
			return r;
		}).exchange();
	}
}
