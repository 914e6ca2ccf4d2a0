package ps.rasd.platform.security;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import ps.rasd.shared.AddressThrottle;
import ps.rasd.shared.AddressThrottles;

/**
 * The per-address throttles of public forms as token buckets of {@link LimitBuckets}: rows of
 * {@code platform_rate_limit_buckets} on PostgreSQL (every node and a restarted one count against the same bucket),
 * this node's memory on H2. Time is the application's clock, so a test can move it.
 */
@Component
class SharedAddressThrottles implements AddressThrottles {

	private final LimitBuckets buckets;

	SharedAddressThrottles(DataSource dataSource, @Value("${spring.datasource.url:}") String url, Clock clock) {
		this.buckets = new LimitBuckets(dataSource, url, meter(clock));
	}

	@Override
	public AddressThrottle perHour(String name, int limit) {
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, Duration.ofHours(1)).build())
			.build();
		String prefix = "throttle:" + name + ":" + limit + ":";
		return address -> buckets.bucket(prefix + (address == null ? "?" : address), configuration).tryConsume(1);
	}

	/** Whether the counts are kept in the database, shared by every node. */
	boolean sharedByNodes() {
		return buckets.sharedByNodes();
	}

	static TimeMeter meter(Clock clock) {
		return new TimeMeter() {
			@Override
			public long currentTimeNanos() {
				return clock.millis() * 1_000_000L;
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}
		};
	}
}
