package ps.rasd.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import ps.rasd.analytics.AnalyticsProperties;
import ps.rasd.analytics.MapProperties;
import ps.rasd.shared.spi.PublicStatistics;
import ps.rasd.shared.spi.PublicStatistics.StateGroup;
import ps.rasd.support.MovableClock;

/** After a start, the figures every visitor asks for are counted once in the background, not by the first visitor. */
class FiguresWarmUpTests {

	private final AtomicInteger counts = new AtomicInteger();

	private final PublicStatistics cases = new PublicStatistics() {

		@Override
		public Measure measure() {
			return Measure.REPORTS;
		}

		@Override
		public List<Cell> cells(Filter filter) {
			counts.incrementAndGet();
			return List.of(new Cell("50", "HEALTH", StateGroup.OPEN, YearMonth.of(2026, 11), 7, null));
		}
	};

	private FiguresWarmUp warmUp(Duration keep) {
		MovableClock clock = new MovableClock(Instant.parse("2026-11-30T10:00:00Z"));
		FiguresCache cache = new FiguresCache(
				new AnalyticsProperties(Duration.ofDays(3), 1, 3, 100000, Duration.ofHours(1), 10, keep), clock);
		Dashboards dashboards = new Dashboards(List.of(cases), List.of(), cache);
		MapData map = new MapData(List.of(cases), List.of(), new MapProperties("", "", 0.05), dashboards, cache);
		this.dashboards = dashboards;
		return new FiguresWarmUp(dashboards, map,
				new AnalyticsProperties(Duration.ofDays(3), 1, 3, 100000, Duration.ofHours(1), 10, keep));
	}

	private Dashboards dashboards;

	@Test
	void theFirstVisitorAfterAStartFindsTheFiguresCounted() {
		warmUp(Duration.ofMinutes(1)).warmUp();
		Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> counts.get() > 0);
		Awaitility.await().pollDelay(200, TimeUnit.MILLISECONDS).atMost(10, TimeUnit.SECONDS)
			.until(() -> counts.get() == countsAfter(() -> dashboards.headline(Locale.forLanguageTag("ar"))));
	}

	@Test
	void nothingIsCountedAheadWhenFiguresAreNotKept() throws Exception {
		warmUp(Duration.ZERO).warmUp();
		Thread.sleep(200);
		assertThat(counts).hasValue(0);
	}

	private int countsAfter(Runnable visit) {
		visit.run();
		return counts.get();
	}
}
