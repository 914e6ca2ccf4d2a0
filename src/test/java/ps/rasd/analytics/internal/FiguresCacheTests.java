package ps.rasd.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import ps.rasd.analytics.AnalyticsProperties;
import ps.rasd.support.MovableClock;

class FiguresCacheTests {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T10:00:00Z"));

	private final AtomicInteger counted = new AtomicInteger();

	private FiguresCache cache(Duration ttl) {
		return new FiguresCache(new AnalyticsProperties(Duration.ofDays(3), 1, 3, 100000, Duration.ofHours(1), 10, ttl),
				clock);
	}

	private Integer count() {
		return counted.incrementAndGet();
	}

	@Test
	void keepsFiguresForTheTimeSetThenCountsThemAgain() {
		FiguresCache cache = cache(Duration.ofMinutes(1));
		assertThat(cache.get("home", this::count)).isEqualTo(1);
		clock.advance(Duration.ofSeconds(59));
		assertThat(cache.get("home", this::count)).as("a minute old at most").isEqualTo(1);
		assertThat(cache.get("dashboard of Hebron", this::count)).as("each filter its own figures").isEqualTo(2);
		clock.advance(Duration.ofSeconds(2));
		assertThat(cache.get("home", this::count)).as("served at once while recounted").isEqualTo(1);
		org.awaitility.Awaitility.await().atMost(5, TimeUnit.SECONDS)
			.until(() -> cache.get("home", this::count) == 3);
	}

	@Test
	void countsOnEveryRequestWhenTheTimeIsZero() {
		FiguresCache cache = cache(Duration.ZERO);
		assertThat(cache.get("home", this::count)).isEqualTo(1);
		assertThat(cache.get("home", this::count)).isEqualTo(2);
	}

	@Test
	void manyAskingAtOnceForFiguresNeverCountedCountThemOnce() throws Exception {
		FiguresCache cache = cache(Duration.ofMinutes(1));
		CountDownLatch counting = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			Future<Integer> first = pool.submit(() -> cache.get("home", () -> {
				counting.countDown();
				await(release);
				return count();
			}));
			counting.await(5, TimeUnit.SECONDS);
			Future<Integer> second = pool.submit(() -> cache.get("home", this::count));
			Future<Integer> third = pool.submit(() -> cache.get("home", this::count));
			release.countDown();
			assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(1);
			assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(1);
			assertThat(third.get(5, TimeUnit.SECONDS)).isEqualTo(1);
			assertThat(counted).hasValue(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void expiredFiguresAreServedAtOnceWhileOneRecountRunsInTheBackground() throws Exception {
		FiguresCache cache = cache(Duration.ofMinutes(1));
		assertThat(cache.get("home", this::count)).isEqualTo(1);
		clock.advance(Duration.ofMinutes(2));
		CountDownLatch counting = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		java.util.function.Supplier<Integer> slow = () -> {
			counting.countDown();
			await(release);
			return count();
		};
		assertThat(cache.get("home", slow)).as("the visitor who finds them expired is not kept waiting").isEqualTo(1);
		assertThat(counting.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(cache.get("home", slow)).as("nor the next, and no second recount starts").isEqualTo(1);
		release.countDown();
		org.awaitility.Awaitility.await().atMost(5, TimeUnit.SECONDS).until(() -> cache.get("home", this::count) == 2);
		assertThat(counted).hasValue(2);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
