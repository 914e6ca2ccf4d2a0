package ps.rasd.analytics.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
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

	/** Beyond this many figures kept, everything is dropped and counted again (and so are the locks, one a key). */
	private static final int MAX_ENTRIES = 2000;

	private final Duration ttl;

	private final Clock clock;

	private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

	private final Map<Object, ReentrantLock> locks = new ConcurrentHashMap<>();

	FiguresCache(AnalyticsProperties properties, Clock clock) {
		this.ttl = properties.figuresCache();
		this.clock = clock;
	}

	/**
	 * The figures under this key, computed now if none are kept. Figures kept longer than the time to keep them are
	 * counted again by one caller while the others keep getting the old ones; callers asking for a key never counted
	 * wait for the one counting it (a page viewed by many at once counts it once).
	 */
	@SuppressWarnings("unchecked")
	<T> T get(Object key, Supplier<T> compute) {
		if (ttl.isZero() || ttl.isNegative()) {
			return compute.get();
		}
		Entry kept = entries.get(key);
		if (kept != null && kept.until().isAfter(clock.instant())) {
			return (T) kept.value();
		}
		ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
		if (kept != null && !lock.tryLock()) {
			return (T) kept.value();
		}
		if (kept == null) {
			lock.lock();
		}
		try {
			Entry again = entries.get(key);
			if (again != null && again.until().isAfter(clock.instant())) {
				return (T) again.value();
			}
			T value = compute.get();
			if (entries.size() >= MAX_ENTRIES) {
				entries.clear();
				locks.clear();
			}
			entries.put(key, new Entry(value, clock.instant().plus(ttl)));
			return value;
		}
		finally {
			lock.unlock();
		}
	}

	private record Entry(Object value, Instant until) {
	}
}
