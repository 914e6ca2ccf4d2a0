package ps.rasd.polls;

import java.time.Instant;
import java.util.List;

import ps.rasd.polls.analysis.MarginCheck;

/**
 * What the last weighting of a poll gave: the weight summary and, for each target table, the achieved shares against
 * the targets.
 *
 * @param n respondents weighted
 * @param min the smallest weight
 * @param max the largest weight
 * @param mean the mean weight
 * @param designEffect Kish design effect due to weighting, {@code 1 + CV^2}
 * @param effectiveSize the effective sample size, {@code n / deff}
 * @param iterations raking sweeps made (0 without raking)
 * @param converged whether every target is met within the tolerance
 * @param trimmed weights changed by trimming
 * @param margins achieved against target shares, per table
 * @param computedAt when the weights were computed
 */
public record WeightingReport(int n, double min, double max, double mean, double designEffect, double effectiveSize,
		int iterations, boolean converged, int trimmed, List<MarginCheck> margins, Instant computedAt) {

	public WeightingReport {
		margins = margins == null ? List.of() : List.copyOf(margins);
	}
}
