package ps.rasd.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import ps.rasd.platform.PlatformProperties;

class LoginThrottleTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));

	private final LoginThrottle throttle = new LoginThrottle(new PlatformProperties(DataSize.ofMegabytes(1),
			new PlatformProperties.SignIn(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(10)), DataSize.ofMegabytes(1),
			java.util.List.of()), clock);

	@Test
	void blocksAUsernameAfterTooManyFailuresFromAnyAddress() {
		throttle.failed("Rami", "10.0.0.1");
		throttle.failed("rami", "10.0.0.2");
		assertThat(throttle.isBlocked("rami", "10.0.0.3")).isFalse();
		throttle.failed("rami ", "10.0.0.3");
		assertThat(throttle.isBlocked("RAMI", "10.0.0.4")).isTrue();
		assertThat(throttle.isBlocked("someone-else", "10.0.0.4")).isFalse();
	}

	@Test
	void blocksAnAddressThatTriesManyUsernames() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("user" + i, "10.0.0.9");
		}
		assertThat(throttle.isBlocked("fresh-user", "10.0.0.9")).isTrue();
		assertThat(throttle.isBlocked("fresh-user", "10.0.0.10")).isFalse();
	}

	@Test
	void liftsTheBlockWhenItExpires() {
		for (int i = 0; i < 3; i++) {
			throttle.failed("rami", "10.0.0.1");
		}
		clock.advance(Duration.ofMinutes(9));
		assertThat(throttle.isBlocked("rami", "10.0.0.1")).isTrue();
		clock.advance(Duration.ofMinutes(2));
		assertThat(throttle.isBlocked("rami", "10.0.0.1")).isFalse();
	}

	@Test
	void forgetsFailuresAfterASuccessfulSignIn() {
		throttle.failed("rami", "10.0.0.1");
		throttle.failed("rami", "10.0.0.1");
		throttle.succeeded("rami");
		throttle.failed("rami", "10.0.0.1");
		assertThat(throttle.isBlocked("rami", "10.0.0.1")).isFalse();
	}

	@Test
	void failuresSpreadBeyondTheWindowDoNotAddUp() {
		throttle.failed("rami", "10.0.0.1");
		throttle.failed("rami", "10.0.0.1");
		clock.advance(Duration.ofMinutes(16));
		throttle.failed("rami", "10.0.0.1");
		assertThat(throttle.isBlocked("rami", "10.0.0.1")).isFalse();
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	}
}
