package ps.rasd.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import ps.rasd.shared.AddressThrottle;
import ps.rasd.support.MovableClock;

/** On the embedded database (one node) the per-address throttles count in memory, on the application's clock. */
class AddressThrottlesTests {

	private final MovableClock clock = new MovableClock();

	private final SharedAddressThrottles throttles = new SharedAddressThrottles(null, "jdbc:h2:mem:x", clock);

	@Test
	void theSixthComplaintFromAnAddressIsRefusedUntilTimeGivesOneBack() {
		AddressThrottle complaints = throttles.perHour("cases.complaint", 5);
		for (int i = 0; i < 5; i++) {
			assertThat(complaints.allow("10.47.0.1")).isTrue();
		}
		assertThat(complaints.allow("10.47.0.1")).isFalse();
		assertThat(complaints.allow("10.47.0.2")).isTrue();
		assertThat(complaints.allow(null)).as("an unknown address is one address").isTrue();
		assertThat(throttles.sharedByNodes()).isFalse();

		clock.advance(Duration.ofMinutes(11));
		assertThat(complaints.allow("10.47.0.1")).as("one back every 12 minutes").isFalse();
		clock.advance(Duration.ofMinutes(2));
		assertThat(complaints.allow("10.47.0.1")).isTrue();
		assertThat(complaints.allow("10.47.0.1")).isFalse();
		clock.advance(Duration.ofHours(2));
		for (int i = 0; i < 5; i++) {
			assertThat(complaints.allow("10.47.0.1")).as("an hour later, five again").isTrue();
		}
		assertThat(complaints.allow("10.47.0.1")).isFalse();
	}
}
