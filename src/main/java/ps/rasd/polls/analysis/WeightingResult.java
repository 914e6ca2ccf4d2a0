package ps.rasd.polls.analysis;

import java.util.List;
import java.util.Map;

import ps.rasd.polls.stats.TrimResult;
import ps.rasd.polls.stats.WeightSummary;

/**
 * The weights of a poll and what they achieved.
 *
 * @param weights the final weight of each respondent by id, in the order given
 * @param summary min, max, mean, Kish design effect due to weighting and effective sample size
 * @param margins for each target table, the weighted shares against the targets
 * @param iterations raking sweeps made in all (0 without raking)
 * @param converged whether every target is met within the tolerance (always {@code true} without targets)
 * @param trimming the last trimming, {@code null} without trimming
 */
public record WeightingResult(Map<Long, Double> weights, WeightSummary summary, List<MarginCheck> margins,
		int iterations, boolean converged, TrimResult trimming) {

	/** Copies the lists. */
	public WeightingResult {
		weights = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(weights));
		margins = List.copyOf(margins);
	}

	/** The check of one target variable. */
	public MarginCheck margin(String variable) {
		return margins.stream().filter(m -> m.variable().equals(variable)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException(variable));
	}
}
