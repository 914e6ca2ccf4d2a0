package ps.rasd.polls.stats;

/**
 * What a set of weights costs in precision (Kish 1965). With {@code n} weights, {@code CV} the coefficient of variation
 * of the weights (standard deviation with divisor {@code n}, over the mean):
 * <ul>
 * <li>design effect due to weighting {@code deff = 1 + CV^2 = n * sum(w^2) / sum(w)^2}</li>
 * <li>effective sample size {@code nEff = sum(w)^2 / sum(w^2) = n / deff}</li>
 * </ul>
 *
 * @param n the number of weights
 * @param sum their total
 * @param min the smallest
 * @param max the largest
 * @param mean the mean
 * @param cv the coefficient of variation
 * @param designEffect Kish design effect due to weighting
 * @param effectiveSize the effective sample size
 */
public record WeightSummary(int n, double sum, double min, double max, double mean, double cv, double designEffect,
		double effectiveSize) {

	/** The 95 % normal quantile used by every interval here. */
	public static final double Z95 = 1.959963984540054;

	/**
	 * Summarizes weights.
	 *
	 * @throws ps.rasd.shared.DomainException the checks of weights
	 */
	public static WeightSummary of(double[] weights) {
		Checks.weights(weights);
		double sum = 0;
		double squares = 0;
		double min = Double.POSITIVE_INFINITY;
		double max = 0;
		for (double w : weights) {
			sum += w;
			squares += w * w;
			min = Math.min(min, w);
			max = Math.max(max, w);
		}
		int n = weights.length;
		double deff = n * squares / (sum * sum);
		return new WeightSummary(n, sum, min, max, sum / n, Math.sqrt(Math.max(0, deff - 1)), deff, sum * sum / squares);
	}

	/**
	 * The margin of error of a proportion of 50 % at 95 %, the figure a methodology statement quotes:
	 * {@code 1.96 * sqrt(deff * 0.25 / n)}.
	 */
	public double maximumMarginOfError() {
		return Z95 * Math.sqrt(designEffect * 0.25 / n);
	}
}
