package ps.rasd.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds off floods of public submissions (complaints, initial reports): at most {@code limit} per address in any
 * hour. Kept in memory, per application node; enough against a script, not against a botnet.
 */
public final class AddressThrottle {

	private static final Duration WINDOW = Duration.ofHours(1);

	private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();

	private final int limit;

	private final Clock clock;

	public AddressThrottle(int limit, Clock clock) {
		this.limit = limit;
		this.clock = clock;
	}

	/** Counts an attempt from the address; false when it is one too many. */
	public boolean allow(String address) {
		Instant now = clock.instant();
		if (byAddress.size() > 100_000) {
			byAddress.clear();
		}
		Deque<Instant> times = byAddress.computeIfAbsent(address == null ? "?" : address, a -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
				times.pollFirst();
			}
			if (times.size() >= limit) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}
}
