package ps.rasd.polls.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ps.rasd.polls.PollResults;

/**
 * The published results of each poll, kept {@code rasd.polls.public-results-cache} (a minute) for the next visitors
 * and forgotten at once when the poll's weights or publications change.
 */
@Component
public class PublicResultsCache {

	private final Map<String, Map.Entry<PollResults, java.time.Instant>> kept = new ConcurrentHashMap<>();

	private final Duration keep;

	private final Clock clock;

	PublicResultsCache(@Value("${rasd.polls.public-results-cache:PT1M}") Duration keep, Clock clock) {
		this.keep = keep;
		this.clock = clock;
	}

	/** The results kept for a poll, or computed now (and kept when there are any). */
	public Optional<PollResults> get(String code, Supplier<Optional<PollResults>> compute) {
		var found = kept.get(code);
		if (found != null && found.getValue().isAfter(clock.instant())) {
			return Optional.of(found.getKey());
		}
		Optional<PollResults> fresh = compute.get();
		if (fresh.isPresent() && !keep.isZero() && !keep.isNegative()) {
			kept.put(code, Map.entry(fresh.get(), clock.instant().plus(keep)));
		}
		else {
			kept.remove(code);
		}
		return fresh;
	}

	/** Forgets the results of a poll. */
	public void forget(String code) {
		kept.remove(code);
	}
}
