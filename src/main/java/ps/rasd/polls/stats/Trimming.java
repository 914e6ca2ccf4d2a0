package ps.rasd.polls.stats;

import ps.rasd.shared.DomainException;

/**
 * Trimming of extreme weights: weights beyond a bound are set to it and the difference is spread over the other weights
 * in proportion to them, so the total is kept. Spreading may push other weights past a bound, so this repeats until no
 * weight is beyond one; each round fixes at least one more weight, so it ends. Weights of zero (respondents given no
 * weight) are left alone and do not count in the mean. Trimming moves weighted margins away from their targets: rake
 * again afterwards when they matter more than the cap.
 */
public final class Trimming {

	private static final double SLACK = 1e-12;

	private Trimming() {
	}

	/**
	 * Trims the weights.
	 *
	 * @throws DomainException {@code polls.trimming.infeasible} (lower, upper, mean) when no weights within the bounds
	 *     can keep the total; the checks of weights
	 */
	public static TrimResult trim(double[] weights, TrimRule rule) {
		Checks.weights(weights);
		double total = 0;
		int positive = 0;
		for (double w : weights) {
			total += w;
			positive += w > 0 ? 1 : 0;
		}
		double mean = total / positive;
		double lower = rule.relativeToMean() ? rule.lower() * mean : rule.lower();
		double upper = rule.relativeToMean() ? rule.upper() * mean : rule.upper();
		if (lower * positive > total * (1 + SLACK) || upper * positive < total * (1 - SLACK)) {
			throw new DomainException("polls.trimming.infeasible", lower, upper, mean);
		}
		double[] w = weights.clone();
		boolean[] fixed = new boolean[w.length];
		int trimmed = 0;
		int rounds = 0;
		while (true) {
			int capped = cap(w, fixed, lower, upper);
			if (capped == 0) {
				return new TrimResult(w, trimmed, rounds, lower, upper);
			}
			trimmed += capped;
			rounds++;
			spread(w, fixed, total);
		}
	}

	private static int cap(double[] w, boolean[] fixed, double lower, double upper) {
		int capped = 0;
		for (int i = 0; i < w.length; i++) {
			if (fixed[i] || w[i] == 0) {
				continue;
			}
			if (w[i] > upper * (1 + SLACK)) {
				w[i] = upper;
			}
			else if (w[i] < lower * (1 - SLACK)) {
				w[i] = lower;
			}
			else {
				continue;
			}
			fixed[i] = true;
			capped++;
		}
		return capped;
	}

	private static void spread(double[] w, boolean[] fixed, double total) {
		double fixedSum = 0;
		double freeSum = 0;
		for (int i = 0; i < w.length; i++) {
			if (fixed[i]) {
				fixedSum += w[i];
			}
			else {
				freeSum += w[i];
			}
		}
		if (freeSum <= 0) {
			return;
		}
		double factor = (total - fixedSum) / freeSum;
		for (int i = 0; i < w.length; i++) {
			if (!fixed[i]) {
				w[i] *= factor;
			}
		}
	}
}
