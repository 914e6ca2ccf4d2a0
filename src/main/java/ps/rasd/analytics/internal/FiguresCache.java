package ps.rasd.analytics.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import ps.rasd.analytics.AnalyticsProperties;

/**
 * Public figures kept for a short while ({@code rasd.analytics.figures-cache}, a minute by default; zero keeps
 * nothing). Every visitor of the home page, the map or an unfiltered dashboard asks for the same counts over every
 * published case: with a million of them that is a scan of the table per page view. Public pages are cacheable for a
 * minute anyway, so a figure a minute old is what a visitor may see already.
 */
@Component
class FiguresCache {

	/** Beyond this many filters kept, the oldest are not worth keeping: everything is dropped and computed again. */
	private static final int MAX_ENTRIES = 2000;

	private final Duration ttl;

	private final Clock clock;

	private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

	FiguresCache(AnalyticsProperties properties, Clock clock) {
		this.ttl = properties.figuresCache();
		this.clock = clock;
	}

	/** The figures under this key, computed now if none are kept or they are older than the time to keep them. */
	@SuppressWarnings("unchecked")
	<T> T get(Object key, Supplier<T> compute) {
		if (ttl.isZero() || ttl.isNegative()) {
			return compute.get();
		}
		Instant now = clock.instant();
		Entry kept = entries.get(key);
		if (kept != null && kept.until().isAfter(now)) {
			return (T) kept.value();
		}
		T value = compute.get();
		if (entries.size() >= MAX_ENTRIES) {
			entries.clear();
		}
		entries.put(key, new Entry(value, now.plus(ttl)));
		return value;
	}

	private record Entry(Object value, Instant until) {
	}
}
