package ps.rasd.polls.stats;

import java.util.List;

import ps.rasd.shared.DomainException;

/**
 * Raking (iterative proportional fitting, Deming and Stephan 1940): the weights are scaled to each margin in turn, and
 * the sweep is repeated until every margin is within the tolerance. Each sweep costs two passes over the respondents
 * per margin.
 */
public final class Raking {

	/** Margins whose target totals differ by at most this relative amount are scaled to the first one. */
	static final double TOTALS_TOLERANCE = 1e-3;

	private Raking() {
	}

	/**
	 * Rakes starting weights to the margins.
	 *
	 * @param weights the starting weights (design weights, or all 1), not changed
	 * @param margins one or more margins; their target totals must agree within 0.1 % (they are then scaled to the
	 *     first margin's total, since margins that disagree cannot all be met)
	 * @return the raked weights with the iterations used and the deviation reached
	 * @throws DomainException {@code polls.weighting.no-margins}; {@code polls.weighting.targets-inconsistent}
	 *     (variable, total, other variable, other total); {@code polls.weighting.empty-category} (variable, category)
	 *     when a category with a target above zero has no respondent of positive weight;
	 *     {@code polls.weighting.not-converged} (iterations, variable, category, deviation) naming the worst category;
	 *     the checks of weights and codes
	 */
	public static RakingResult rake(double[] weights, List<Margin> margins, RakingOptions options) {
		Checks.weights(weights);
		if (margins == null || margins.isEmpty()) {
			throw new DomainException("polls.weighting.no-margins");
		}
		double[][] targets = consistentTargets(margins);
		for (Margin margin : margins) {
			Checks.weightingCodes(margin.variable(), margin.codes(), margin.categories(), weights.length);
		}
		double[] w = weights.clone();
		for (int iteration = 0;; iteration++) {
			Deviation worst = worstDeviation(w, margins, targets);
			if (worst.value <= options.tolerance() || iteration == options.maxIterations()) {
				return result(w, iteration, worst, margins, options);
			}
			for (int m = 0; m < margins.size(); m++) {
				adjust(w, margins.get(m), targets[m]);
			}
		}
	}

	private static RakingResult result(double[] w, int iterations, Deviation worst, List<Margin> margins,
			RakingOptions options) {
		boolean converged = worst.value <= options.tolerance();
		if (!converged && options.failIfNotConverged()) {
			throw new DomainException("polls.weighting.not-converged", iterations, margins.get(worst.margin).variable(),
					worst.category, worst.value);
		}
		return new RakingResult(w, iterations, converged, worst.value);
	}

	private static double[][] consistentTargets(List<Margin> margins) {
		Margin first = margins.get(0);
		double total = first.total();
		double[][] targets = new double[margins.size()][];
		for (int m = 0; m < margins.size(); m++) {
			Margin margin = margins.get(m);
			double own = margin.total();
			if (Math.abs(own - total) > TOTALS_TOLERANCE * total) {
				throw new DomainException("polls.weighting.targets-inconsistent", first.variable(), total,
						margin.variable(), own);
			}
			targets[m] = margin.targets().clone();
			for (int c = 0; c < targets[m].length; c++) {
				targets[m][c] *= total / own;
			}
		}
		return targets;
	}

	private static void adjust(double[] w, Margin margin, double[] targets) {
		int[] codes = margin.codes();
		double[] totals = Checks.totals(w, codes, targets.length);
		double[] factors = new double[targets.length];
		for (int c = 0; c < targets.length; c++) {
			if (targets[c] > 0 && totals[c] <= 0) {
				throw new DomainException("polls.weighting.empty-category", margin.variable(), c);
			}
			factors[c] = totals[c] <= 0 ? 1 : targets[c] / totals[c];
		}
		for (int i = 0; i < w.length; i++) {
			w[i] *= factors[codes[i]];
		}
	}

	private static Deviation worstDeviation(double[] w, List<Margin> margins, double[][] targets) {
		Deviation worst = new Deviation();
		for (int m = 0; m < margins.size(); m++) {
			double[] totals = Checks.totals(w, margins.get(m).codes(), targets[m].length);
			double sum = 0;
			for (double t : totals) {
				sum += t;
			}
			for (int c = 0; c < totals.length; c++) {
				double target = targets[m][c];
				if (target > 0 && totals[c] <= 0) {
					throw new DomainException("polls.weighting.empty-category", margins.get(m).variable(), c);
				}
				double deviation = target > 0 ? Math.abs(totals[c] - target) / target : totals[c] / sum;
				if (deviation > worst.value) {
					worst.value = deviation;
					worst.margin = m;
					worst.category = c;
				}
			}
		}
		return worst;
	}

	private static final class Deviation {

		double value = -1;

		int margin;

		int category;
	}
}
