package ps.rasd.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ps.rasd.support.IntegrationTest;

/** The API's rate limit answers 429 with Retry-After once an address has used its minute; GETs carry an ETag. */
@IntegrationTest
@SpringBootTest(properties = { "rasd.api.requests-per-minute=40", "rasd.api.burst=40", "rasd.test.context=api-limits" })
class ApiLimitsTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void anAddressWithoutATokenGetsAQuarterOfTheLimitThenA429() {
		for (int i = 0; i < 10; i++) {
			MvcTestResult ok = mvc.get().uri("/api/v1/sectors").with(r -> {
				r.setRemoteAddr("10.20.30.40");
				return r;
			}).exchange();
			assertThat(ok).hasStatusOk();
		}
		MvcTestResult limited = mvc.get().uri("/api/v1/sectors").header("Accept-Language", "en").with(r -> {
			r.setRemoteAddr("10.20.30.40");
			return r;
		}).exchange();
		assertThat(limited).hasStatus(429);
		assertThat(limited.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(mvc.get().uri("/api/v1/sectors").with(r -> {
			r.setRemoteAddr("10.20.30.41");
			return r;
		}).exchange()).as("another address has its own bucket").hasStatusOk();
	}

	@Test
	void aRepeatedGetWithItsEtagIsA304() {
		MvcTestResult first = mvc.get().uri("/api/v1/governorates").with(r -> {
			r.setRemoteAddr("10.20.30.50");
			return r;
		}).exchange();
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).startsWith("W/");
		assertThat(mvc.get().uri("/api/v1/governorates").header("If-None-Match", etag).with(r -> {
			r.setRemoteAddr("10.20.30.50");
			return r;
		}).exchange()).hasStatus(304);
	}
}
