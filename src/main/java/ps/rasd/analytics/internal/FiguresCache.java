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

	/** Recounts of expired figures, in the background: a visitor never waits for figures already counted once. */
	private final java.util.concurrent.ExecutorService recounts = java.util.concurrent.Executors.newFixedThreadPool(2,
			work -> {
				Thread thread = new Thread(work, "figures-recount");
				thread.setDaemon(true);
				return thread;
			});

	/** The keys being recounted now. */
	private final java.util.Set<Object> recounting = ConcurrentHashMap.newKeySet();

	/**
	 * The figures under this key. Figures never counted are counted now, once however many ask at the same moment (the
	 * others wait for that count). Figures kept longer than the time to keep them are served as they are while one
	 * recount runs in the background; the visitors after it get the new figures.
	 */
	@SuppressWarnings("unchecked")
	<T> T get(Object key, Supplier<T> compute) {
		if (ttl.isZero() || ttl.isNegative()) {
			return compute.get();
		}
		Entry kept = entries.get(key);
		if (kept != null) {
			if (!kept.until().isAfter(clock.instant()) && recounting.add(key)) {
				try {
					recounts.execute(() -> {
						try {
							store(key, compute.get());
						}
						finally {
							recounting.remove(key);
						}
					});
				}
				catch (java.util.concurrent.RejectedExecutionException ex) {
					recounting.remove(key);
				}
			}
			return (T) kept.value();
		}
		ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
		lock.lock();
		try {
			Entry again = entries.get(key);
			if (again != null) {
				return (T) again.value();
			}
			T value = compute.get();
			store(key, value);
			return value;
		}
		finally {
			lock.unlock();
		}
	}

	private void store(Object key, Object value) {
		if (entries.size() >= MAX_ENTRIES) {
			entries.clear();
			locks.clear();
		}
		entries.put(key, new Entry(value, clock.instant().plus(ttl)));
	}

	@jakarta.annotation.PreDestroy
	void stop() {
		recounts.shutdownNow();
	}

	private record Entry(Object value, Instant until) {
	}
}
