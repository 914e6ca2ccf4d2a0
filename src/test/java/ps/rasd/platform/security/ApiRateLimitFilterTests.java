package ps.rasd.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import io.github.bucket4j.TimeMeter;

/** The default API limits (300 a minute, bursts of 600 for a token) and the headers that tell a client about them. */
class ApiRateLimitFilterTests {

	private final AtomicLong nanos = new AtomicLong();

	private final ApiRateLimitFilter filter = new ApiRateLimitFilter(new LimitBuckets(new TimeMeter() {

		@Override
		public long currentTimeNanos() {
			return nanos.get();
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}
	}), 300, 600);

	@Test
	void aPhoneSendsADayOfQueuedVisitsAtOnceThenWaits() throws Exception {
		for (int i = 0; i < 600; i++) {
			assertThat(call("Bearer rasd_phone-token").getStatus()).as("request %d of the burst", i + 1).isEqualTo(200);
		}
		MockHttpServletResponse over = call("Bearer rasd_phone-token");
		assertThat(over.getStatus()).isEqualTo(429);
		assertThat(over.getHeader("Retry-After")).isEqualTo("1");
		assertThat(over.getHeader("RateLimit-Remaining")).isEqualTo("0");
		nanos.addAndGet(TimeUnit.SECONDS.toNanos(1));
		for (int i = 0; i < 5; i++) {
			assertThat(call("Bearer rasd_phone-token").getStatus()).as("five given back in a second").isEqualTo(200);
		}
		assertThat(call("Bearer rasd_phone-token").getStatus()).isEqualTo(429);
		assertThat(call("Bearer rasd_another-token").getStatus()).as("another token has its own bucket")
			.isEqualTo(200);
	}

	@Test
	void everyAnswerTellsTheLimitWhatRemainsAndWhenTheBucketIsFull() throws Exception {
		MockHttpServletResponse first = call("Bearer rasd_headers-token");
		assertThat(first.getHeader("RateLimit-Limit")).isEqualTo("600");
		assertThat(first.getHeader("RateLimit-Remaining")).isEqualTo("599");
		assertThat(first.getHeader("RateLimit-Reset")).isEqualTo("1");
		assertThat(first.getHeader("RateLimit-Policy")).isEqualTo("600;w=120;burst=600");

		MockHttpServletResponse anonymous = call(null);
		assertThat(anonymous.getHeader("RateLimit-Limit")).as("an address without a token: a quarter").isEqualTo("150");
	}

	private MockHttpServletResponse call(String authorization) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/visits");
		request.setRemoteAddr("10.1.2.3");
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}
}
