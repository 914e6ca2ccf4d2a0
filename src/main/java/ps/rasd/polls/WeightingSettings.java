package ps.rasd.polls;

import java.util.List;

import ps.rasd.polls.analysis.WeightingPlan;

/**
 * How a poll's responses are weighted, as the analyst chose on the weighting page.
 *
 * @param method none (design weights or equal weights), post-stratification to the cells of one table, or raking
 * @param designWeights whether to start from design weights by stratum (planned population over respondents)
 * @param targetTables the target tables used: one per weighting variable for raking, the one cell table for
 *     post-stratification
 * @param tolerance relative tolerance of raking, e.g. 0.000001
 * @param maxIterations the raking iteration cap
 * @param trimLower the lowest weight as a multiple of the mean weight, {@code null} for no lower bound
 * @param trimUpper the highest weight as a multiple of the mean weight, {@code null} for no trimming
 */
public record WeightingSettings(WeightingPlan.Method method, boolean designWeights, List<Long> targetTables,
		double tolerance, int maxIterations, Double trimLower, Double trimUpper) {

	public WeightingSettings {
		method = method == null ? WeightingPlan.Method.NONE : method;
		targetTables = targetTables == null ? List.of() : List.copyOf(targetTables);
	}

	/** No weighting yet: equal weights, default tolerance and cap. */
	public static WeightingSettings defaults() {
		return new WeightingSettings(WeightingPlan.Method.RAKING, false, List.of(), WeightingPlan.DEFAULT_TOLERANCE,
				WeightingPlan.DEFAULT_MAX_ITERATIONS, null, null);
	}
}
