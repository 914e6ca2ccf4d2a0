package ps.rasd.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock tests move forward by hand (deadlines, expiry); import {@link Config} to make it the application's. */
public final class MovableClock extends Clock {

	private volatile Instant now = Instant.now();

	public void advance(Duration by) {
		now = now.plus(by);
	}

	public void set(Instant instant) {
		now = instant;
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now, zone);
	}

	@Override
	public Instant instant() {
		return now;
	}

	/** Makes a movable clock the primary {@link Clock}. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}
	}
}
