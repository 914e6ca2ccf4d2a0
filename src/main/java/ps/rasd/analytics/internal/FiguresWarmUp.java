package ps.rasd.analytics.internal;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ps.rasd.analytics.AnalyticsProperties;
import ps.rasd.shared.spi.PublicStatistics.Filter;

/**
 * Counts the figures every visitor asks for (the home page's headline, the unfiltered dashboard, the map) once the
 * application is up, in the background, when figures are kept ({@code rasd.analytics.figures-cache} above zero): with
 * a million published cases a first count takes many seconds, and without this the first visitors after a start would
 * wait for it.
 */
@Component
class FiguresWarmUp {

	private static final Logger log = LoggerFactory.getLogger(FiguresWarmUp.class);

	private final Dashboards dashboards;

	private final MapData map;

	private final AnalyticsProperties properties;

	FiguresWarmUp(Dashboards dashboards, MapData map, AnalyticsProperties properties) {
		this.dashboards = dashboards;
		this.map = map;
		this.properties = properties;
	}

	@EventListener(classes = ApplicationReadyEvent.class, condition = "!@environment.matchesProfiles('command')")
	void warmUp() {
		if (properties.figuresCache().isZero() || properties.figuresCache().isNegative()) {
			return;
		}
		Thread thread = new Thread(() -> {
			long started = System.nanoTime();
			try {
				Locale arabic = Locale.forLanguageTag("ar");
				dashboards.headline(arabic);
				dashboards.build(Filter.all(), arabic);
				map.geoJson(arabic);
				log.info("Public figures counted in {} ms", (System.nanoTime() - started) / 1_000_000);
			}
			catch (RuntimeException ex) {
				log.warn("Public figures could not be counted ahead: {}", ex.toString());
			}
		}, "figures-warm-up");
		thread.setDaemon(true);
		thread.start();
	}
}
