package ps.rasd.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.unit.DataSize;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import ps.rasd.platform.PlatformProperties;
import ps.rasd.shared.AddressThrottle;
import ps.rasd.support.MovableClock;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.OnPostgres;

/**
 * On PostgreSQL the API's buckets, the sign-in failures and the complaint and report floods are rows of the shared
 * database: what one node counts, another node (here a second instance on the same database) sees.
 */
@IntegrationTest
@SpringBootTest(properties = { "rasd.api.requests-per-minute=4", "rasd.api.burst=40",
		"rasd.test.context=shared-limits" })
class SharedLimitsTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Value("${spring.datasource.url}")
	String url;

	@Test
	void aBucketTakenOnOneNodeIsEmptyOnTheOther() {
		LimitBuckets nodeA = new LimitBuckets(dataSource, url);
		LimitBuckets nodeB = new LimitBuckets(dataSource, url);
		BucketConfiguration fivePerHour = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(5).refillGreedy(5, Duration.ofHours(1)).build())
			.build();
		assertThat(nodeA.sharedByNodes()).isTrue();
		assertThat(nodeA.bucket("test:shared", fivePerHour).tryConsume(3)).isTrue();
		assertThat(nodeB.bucket("test:shared", fivePerHour).tryConsume(3)).as("two left after node A's three")
			.isFalse();
		assertThat(nodeB.bucket("test:shared", fivePerHour).tryConsume(2)).isTrue();
	}

	@Test
	void concurrentTakesFromOneBucketAreCombinedAndGiveExactlyWhatItHolds() throws Exception {
		LimitBuckets nodeA = new LimitBuckets(dataSource, url);
		LimitBuckets nodeB = new LimitBuckets(dataSource, url);
		BucketConfiguration twentyPerHour = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(20).refillGreedy(20, Duration.ofHours(1)).build())
			.build();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Future<CombinedTakes.Take>> takes = new ArrayList<>();
			for (int i = 0; i < 32; i++) {
				LimitBuckets node = i % 2 == 0 ? nodeA : nodeB;
				takes.add(pool.submit(() -> node.take("test:combined", twentyPerHour)));
			}
			List<CombinedTakes.Take> done = new ArrayList<>();
			for (Future<CombinedTakes.Take> take : takes) {
				done.add(take.get(60, TimeUnit.SECONDS));
			}
			assertThat(done).filteredOn(CombinedTakes.Take::consumed).hasSize(20);
			assertThat(done).filteredOn(take -> !take.consumed())
				.allSatisfy(take -> assertThat(take.nanosToWait()).isPositive());
			assertThat(done).filteredOn(CombinedTakes.Take::consumed)
				.extracting(CombinedTakes.Take::remaining)
				.as("each consumed take sees what was left after it, down to none")
				.allSatisfy(left -> assertThat(left).isBetween(0L, 19L))
				.contains(0L);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(nodeA.take("test:combined", twentyPerHour).consumed()).isFalse();
	}

	@Test
	void theApiLimitIsARowOfTheDatabase() {
		// an address without a token: a bucket of 10, one request given back a minute
		for (int i = 0; i < 10; i++) {
			assertThat(mvc.get().uri("/api/v1/sectors").with(r -> {
				r.setRemoteAddr("10.44.0.1");
				return r;
			}).exchange()).hasStatusOk();
		}
		assertThat(mvc.get().uri("/api/v1/sectors").with(r -> {
			r.setRemoteAddr("10.44.0.1");
			return r;
		}).exchange()).hasStatus(429);
		assertThat(jdbc.queryForObject("select count(*) from platform_rate_limit_buckets where id like 'api:a:10.44.0.1:%'",
				Integer.class)).isEqualTo(1);
	}

	@Test
	void signInFailuresOnOneNodeBlockTheUsernameOnTheOther() {
		PlatformProperties settings = new PlatformProperties(DataSize.ofMegabytes(1),
				new PlatformProperties.SignIn(3, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)),
				DataSize.ofMegabytes(310), java.util.List.of("/editorial/media/*/file"));
		LoginThrottle nodeA = new LoginThrottle(settings, Clock.systemUTC(), jdbc, transactions, url);
		LoginThrottle nodeB = new LoginThrottle(settings, Clock.systemUTC(), jdbc, transactions, url);
		nodeA.failed("shared-rami", "10.45.0.1");
		nodeB.failed("Shared-Rami", "10.45.0.2");
		assertThat(nodeA.isBlocked("shared-rami", "10.45.0.3")).isFalse();
		nodeA.failed("shared-rami", "10.45.0.3");
		assertThat(nodeB.isBlocked("shared-rami", "10.45.0.4")).as("three failures across both nodes").isTrue();
		nodeB.succeeded("shared-rami");
		assertThat(nodeA.isBlocked("shared-rami", "10.45.0.4")).isFalse();
	}

	@Test
	void complaintsFromOneAddressCountOnEveryNodeAndComeBackOverAnHour() {
		MovableClock clock = new MovableClock();
		SharedAddressThrottles nodeA = new SharedAddressThrottles(dataSource, url, clock);
		SharedAddressThrottles nodeB = new SharedAddressThrottles(dataSource, url, clock);
		assertThat(nodeA.sharedByNodes()).isTrue();
		AddressThrottle complaintsA = nodeA.perHour("test.complaint", 4);
		AddressThrottle complaintsB = nodeB.perHour("test.complaint", 4);
		assertThat(complaintsA.allow("10.46.0.1")).isTrue();
		assertThat(complaintsB.allow("10.46.0.1")).isTrue();
		assertThat(complaintsA.allow("10.46.0.1")).isTrue();
		assertThat(complaintsB.allow("10.46.0.1")).isTrue();
		assertThat(complaintsA.allow("10.46.0.1")).as("the fifth, on either node").isFalse();
		assertThat(complaintsB.allow("10.46.0.1")).isFalse();
		assertThat(complaintsB.allow("10.46.0.2")).as("another address").isTrue();
		assertThat(nodeB.perHour("test.report", 4).allow("10.46.0.1")).as("another form").isTrue();

		clock.advance(Duration.ofMinutes(16));
		assertThat(complaintsB.allow("10.46.0.1")).as("one given back every 15 minutes").isTrue();
		assertThat(complaintsA.allow("10.46.0.1")).isFalse();

		SharedAddressThrottles restarted = new SharedAddressThrottles(dataSource, url, clock);
		assertThat(restarted.perHour("test.complaint", 4).allow("10.46.0.1")).as("a restart forgets nothing")
			.isFalse();
		clock.advance(Duration.ofHours(1));
		assertThat(restarted.perHour("test.complaint", 4).allow("10.46.0.1")).isTrue();
		assertThat(jdbc.queryForObject(
				"select count(*) from platform_rate_limit_buckets where id like 'throttle:test.complaint:4:10.46.0.%'",
				Integer.class)).isEqualTo(2);
	}
}
