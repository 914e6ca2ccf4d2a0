package ps.rasd.polls.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ps.rasd.polls.stats.TrimRule;

/**
 * How the weights of a poll are made, in three steps:
 * <ol>
 * <li>design weights (optional): a respondent of stratum {@code h} weighs {@code N_h / n_h}, from the planned
 * population size or share of each stratum and the respondents achieved in it;</li>
 * <li>then either post-stratification to the cells of one target table (e.g. {@code sex|age_group}), or raking to
 * several margins, each a variable with its target table, until every margin is within {@code tolerance} (relative) or
 * {@code maxIterations} sweeps are done; or neither;</li>
 * <li>optional trimming of extreme weights; with raking, trimming and raking alternate so the cap holds and the margins
 * come back as close as the cap allows.</li>
 * </ol>
 * Target tables count through their shares; the weights add up to {@code populationTotal}, or to the number of
 * respondents when it is {@code null} (mean weight 1).
 *
 * @param strata planned population size (or share) of each design stratum by stratum code; {@code null} for no design
 *     weights
 * @param method what follows the design weights
 * @param cells the cell targets for post-stratification, otherwise {@code null}
 * @param margins the margins for raking, otherwise empty
 * @param tolerance the largest accepted relative difference between a weighted margin total and its target
 * @param maxIterations the most raking sweeps
 * @param trim the trimming bounds, {@code null} for no trimming
 * @param populationTotal what the weights add up to, {@code null} for the number of respondents
 */
public record WeightingPlan(Map<String, Double> strata, Method method, PopulationTargetTable cells,
		List<PopulationTargetTable> margins, double tolerance, int maxIterations, TrimRule trim,
		Double populationTotal) {

	/** Relative tolerance of raking unless another is given. */
	public static final double DEFAULT_TOLERANCE = 1e-6;

	/** Raking sweeps unless another cap is given. */
	public static final int DEFAULT_MAX_ITERATIONS = 100;

	/** What follows the design weights. */
	public enum Method {
		/** Design weights only (or equal weights). */
		NONE,
		/** Scaling to the population of each cell of one table. */
		POST_STRATIFICATION,
		/** Iterative proportional fitting to several margins. */
		RAKING
	}

	/** Checks that the method has its targets. */
	public WeightingPlan {
		Objects.requireNonNull(method, "method");
		strata = strata == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(strata));
		margins = margins == null ? List.of() : List.copyOf(margins);
		if (method == Method.RAKING && margins.isEmpty()) {
			throw Failures.invalid("margins", "polls.weighting.no-margins");
		}
		if (method == Method.POST_STRATIFICATION && cells == null) {
			throw Failures.invalid("cells", "polls.analysis.no-cells");
		}
		if (!(tolerance > 0 && tolerance < 1)) {
			throw Failures.invalid("tolerance", "polls.weighting.invalid-tolerance", tolerance);
		}
		if (maxIterations < 1) {
			throw Failures.invalid("maxIterations", "polls.weighting.invalid-iterations", maxIterations);
		}
		if (populationTotal != null && !(populationTotal > 0 && Double.isFinite(populationTotal))) {
			throw Failures.invalid("populationTotal", "polls.analysis.invalid-total", populationTotal);
		}
		long distinct = margins.stream().map(PopulationTargetTable::variable).distinct().count();
		if (distinct < margins.size()) {
			throw Failures.invalid("margins", "polls.analysis.duplicate-margin");
		}
	}

	/** Raking to the margins with the default tolerance and iteration cap. */
	public static WeightingPlan raking(List<PopulationTargetTable> margins) {
		return new WeightingPlan(null, Method.RAKING, null, margins, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS, null,
				null);
	}

	/** Post-stratification to the cells of one table (its variable code names the crossed variables). */
	public static WeightingPlan postStratification(PopulationTargetTable cells) {
		return new WeightingPlan(null, Method.POST_STRATIFICATION, cells, List.of(), DEFAULT_TOLERANCE,
				DEFAULT_MAX_ITERATIONS, null, null);
	}

	/** Design weights only. */
	public static WeightingPlan designOnly(Map<String, Double> strata) {
		return new WeightingPlan(strata, Method.NONE, null, List.of(), DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS, null,
				null);
	}

	/** This plan starting from design weights. */
	public WeightingPlan withDesign(Map<String, Double> strataPopulation) {
		return new WeightingPlan(strataPopulation, method, cells, margins, tolerance, maxIterations, trim,
				populationTotal);
	}

	/** This plan with another tolerance and iteration cap. */
	public WeightingPlan withConvergence(double newTolerance, int newMaxIterations) {
		return new WeightingPlan(strata, method, cells, margins, newTolerance, newMaxIterations, trim, populationTotal);
	}

	/** This plan with trimming. */
	public WeightingPlan withTrimming(TrimRule rule) {
		return new WeightingPlan(strata, method, cells, margins, tolerance, maxIterations, rule, populationTotal);
	}

	/** This plan with weights adding up to a population total. */
	public WeightingPlan withPopulationTotal(Double total) {
		return new WeightingPlan(strata, method, cells, margins, tolerance, maxIterations, trim, total);
	}

	/** The tables the weights are fitted to: the margins, or the cells. */
	public List<PopulationTargetTable> targets() {
		return method == Method.POST_STRATIFICATION ? List.of(cells) : margins;
	}
}
