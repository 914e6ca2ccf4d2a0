package ps.rasd.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrustedProxiesTests {

	@Test
	void trustsNobodyByDefaultNotEvenLoopbackOrPrivateAddresses() {
		TrustedProxies none = TrustedProxies.parse("");
		assertThat(none.isEmpty()).isTrue();
		assertThat(none.clientAddress("127.0.0.1", List.of("203.0.113.9"))).isEqualTo("127.0.0.1");
		assertThat(none.clientAddress("10.0.0.7", List.of("203.0.113.9"))).isEqualTo("10.0.0.7");
		assertThat(none.clientAddress("192.168.1.2", List.of("203.0.113.9"))).isEqualTo("192.168.1.2");
	}

	@Test
	void believesANamedProxyAboutTheHopJustBeforeIt() {
		TrustedProxies proxies = TrustedProxies.parse("10.0.0.5, 172.18.0.0/16");
		assertThat(proxies.clientAddress("10.0.0.5", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
		assertThat(proxies.clientAddress("172.18.4.4", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
		assertThat(proxies.clientAddress("10.0.0.6", List.of("203.0.113.9"))).as("not named").isEqualTo("10.0.0.6");
	}

	@Test
	void aClientCannotPrependItsOwnChoiceOfAddress() {
		TrustedProxies proxies = TrustedProxies.parse("10.0.0.5 10.0.0.6");
		// the client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw
		assertThat(proxies.clientAddress("10.0.0.5", List.of("1.2.3.4, 198.51.100.7"))).isEqualTo("198.51.100.7");
		// two named proxies in a row are walked through
		assertThat(proxies.clientAddress("10.0.0.5", List.of("1.2.3.4, 198.51.100.7, 10.0.0.6")))
			.isEqualTo("198.51.100.7");
		// a hop that is not an address ends the walk at the last believed one
		assertThat(proxies.clientAddress("10.0.0.5", List.of("evil.example, 10.0.0.6"))).isEqualTo("10.0.0.6");
		assertThat(proxies.clientAddress("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
	}

	@Test
	void readsIpv6BlocksAndNeverHostNames() {
		TrustedProxies proxies = TrustedProxies.parse("::1, fd00::/8");
		assertThat(proxies.trusts("0:0:0:0:0:0:0:1")).isTrue();
		assertThat(proxies.trusts("fd12::3")).isTrue();
		assertThat(proxies.trusts("fe80::1")).isFalse();
		assertThat(proxies.trusts("127.0.0.1")).isFalse();
		assertThat(proxies.trusts("localhost")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.parse("proxy.example.org"));
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.parse("10.0.0.0/33"));
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.parse("300.1.1.1"));
	}
}
