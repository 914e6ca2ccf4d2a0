package ps.rasd.polls.stats;

import ps.rasd.shared.DomainException;

/**
 * Trimming of extreme weights: weights beyond a bound are set to it and the difference is spread over the other weights
 * in proportion to them, so the total is kept. Spreading can push other weights past a bound, and capping them moves
 * the total again; the end point of that repetition is {@code w'_i = min(U, max(L, f w_i))} with the one factor
 * {@code f} that keeps the total. That factor is found directly: {@code f} is bracketed by bisection (the total is
 * monotone in {@code f}) until it is known which weights lie at a bound, then solved exactly for the rest. Unlike
 * capping weights one round at a time, this never strands the total when both bounds apply.
 *
 * <p>Weights of zero (respondents given no weight) are left alone and do not count in the mean. Trimming moves weighted
 * margins away from their targets: rake again afterwards when they matter more than the cap.
 */
public final class Trimming {

	private static final int BISECTIONS = 200;

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
		double smallest = Double.POSITIVE_INFINITY;
		for (double w : weights) {
			total += w;
			positive += w > 0 ? 1 : 0;
			smallest = w > 0 ? Math.min(smallest, w) : smallest;
		}
		double mean = total / positive;
		double lower = rule.relativeToMean() ? rule.lower() * mean : rule.lower();
		double upper = rule.relativeToMean() ? rule.upper() * mean : rule.upper();
		if (lower * positive > total * (1 + 1e-12) || upper * positive < total * (1 - 1e-12)) {
			throw new DomainException("polls.trimming.infeasible", lower, upper, mean);
		}
		Clipping clipping = new Clipping(weights, lower, upper);
		double factor = clipping.solve(total, upper / smallest);
		return new TrimResult(clipping.apply(factor), clipping.atBounds(factor), factor, lower, upper);
	}

	/** The weights clipped to the bounds after a common factor. */
	private record Clipping(double[] weights, double lower, double upper) {

		/** The factor in {@code [0, high]} whose clipped total is {@code total}. */
		double solve(double total, double high) {
			double low = 0;
			for (int i = 0; i < BISECTIONS && high - low > 1e-15 * high; i++) {
				double middle = (low + high) / 2;
				if (sum(middle) < total) {
					low = middle;
				}
				else {
					high = middle;
				}
			}
			return exact((low + high) / 2, total);
		}

		/** Given which weights lie at a bound at {@code factor}, the factor that gives the total exactly. */
		private double exact(double factor, double total) {
			double fixed = 0;
			double free = 0;
			for (double w : weights) {
				double scaled = factor * w;
				if (w > 0 && (scaled >= upper || scaled <= lower)) {
					fixed += scaled >= upper ? upper : lower;
				}
				else {
					free += w;
				}
			}
			return free > 0 ? (total - fixed) / free : factor;
		}

		double sum(double factor) {
			double sum = 0;
			for (double w : weights) {
				sum += clip(factor * w, w);
			}
			return sum;
		}

		double[] apply(double factor) {
			double[] trimmed = new double[weights.length];
			for (int i = 0; i < weights.length; i++) {
				trimmed[i] = clip(factor * weights[i], weights[i]);
			}
			return trimmed;
		}

		int atBounds(double factor) {
			int count = 0;
			for (double w : weights) {
				double scaled = factor * w;
				count += w > 0 && (scaled >= upper || scaled <= lower) ? 1 : 0;
			}
			return count;
		}

		private double clip(double scaled, double original) {
			return original == 0 ? 0 : Math.min(upper, Math.max(lower, scaled));
		}
	}
}
