package ps.rasd.platform.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.local.LocalBucketBuilder;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * The token buckets of the rate limits (Bucket4j): in this node's memory on the embedded database, in rows of
 * {@code platform_rate_limit_buckets} when the database is PostgreSQL — then every node (and a restarted one) counts
 * against the same bucket, each take a {@code SELECT ... FOR UPDATE} of the bucket's row. A bucket's row is dropped
 * once it would be full again.
 */
@Component
class LimitBuckets {

	private static final int MAX_LOCAL = 100_000;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> shared;

	private final Map<String, Bucket> local = new ConcurrentHashMap<>();

	private final Map<String, CombinedTakes> combined = new ConcurrentHashMap<>();

	private final TimeMeter time;

	/** In memory, on this clock (tests). */
	LimitBuckets(TimeMeter time) {
		this.shared = null;
		this.time = time;
	}

	@Autowired
	LimitBuckets(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
		this(dataSource, url, TimeMeter.SYSTEM_MILLISECONDS);
	}

	/** In the database when it is PostgreSQL, in memory otherwise; time read from this meter. */
	LimitBuckets(DataSource dataSource, String url, TimeMeter time) {
		this.time = time;
		if (url.startsWith("jdbc:postgresql:")) {
			var builder = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
				.primaryKeyMapper(PrimaryKeyMapper.STRING)
				.table("platform_rate_limit_buckets")
				.idColumn("id")
				.stateColumn("state")
				.expiresAtColumn("expires_at")
				.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO));
			if (time != TimeMeter.SYSTEM_MILLISECONDS) {
				builder.clientClock(time);
			}
			this.shared = builder.build();
		}
		else {
			this.shared = null;
		}
	}

	/** Whether the buckets are shared by every node (kept in the database). */
	boolean sharedByNodes() {
		return shared != null;
	}

	/**
	 * The bucket of this key, made with this configuration when new. A key names its limits (a changed setting makes
	 * new buckets; the old rows expire).
	 */
	Bucket bucket(String key, BucketConfiguration configuration) {
		if (shared != null) {
			return shared.builder().build(key, configuration);
		}
		if (local.size() > MAX_LOCAL) {
			local.clear();
		}
		return local.computeIfAbsent(key, k -> {
			LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
			for (Bandwidth limit : configuration.getBandwidths()) {
				builder.addLimit(limit);
			}
			return builder.build();
		});
	}

	/**
	 * Takes one token from the bucket of this key. On the shared database, takes arriving together are combined into
	 * one read and write of the bucket's row ({@link CombinedTakes}); in memory each take is its own.
	 */
	CombinedTakes.Take take(String key, BucketConfiguration configuration) {
		Bucket bucket = bucket(key, configuration);
		if (shared == null) {
			ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
			return new CombinedTakes.Take(probe.isConsumed(), probe.getRemainingTokens(),
					probe.getNanosToWaitForRefill());
		}
		if (combined.size() > MAX_LOCAL) {
			combined.clear();
		}
		return combined.computeIfAbsent(key, k -> new CombinedTakes()).take(bucket);
	}

	/** Forgets this key's bucket (a full one is made at its next use). */
	void forget(String key) {
		if (shared != null) {
			shared.removeProxy(key);
		}
		else {
			local.remove(key);
		}
	}

	/** Drops the rows of the buckets that are full again ({@link RateLimitCleanup}, once across the nodes). */
	void dropFullBuckets() {
		if (shared != null) {
			while (shared.removeExpired(1000) >= 1000) {
				// another batch
			}
		}
	}
}
