package ps.rasd.polls.stats;

import ps.rasd.shared.DomainException;

/**
 * The respondents of a poll as a with-replacement design: their final weights and, optionally, their strata. Each
 * respondent is its own sampling unit (no clustering). Standard errors treat the sample this way.
 */
public final class Sample {

	private final double[] weights;

	private final int[] strata;

	private final int[] stratumSizes;

	private Sample(double[] weights, int[] strata, int[] stratumSizes) {
		this.weights = weights;
		this.strata = strata;
		this.stratumSizes = stratumSizes;
	}

	/**
	 * An unstratified sample.
	 *
	 * @throws DomainException the checks of weights
	 */
	public static Sample of(double[] weights) {
		return stratified(weights, new int[weights == null ? 0 : weights.length]);
	}

	/**
	 * A stratified sample: {@code strata[i]} is the stratum code (0 or more) of respondent {@code i}.
	 *
	 * @throws DomainException {@code polls.data.invalid-stratum} (respondent, code) for a negative code; the checks of
	 *     weights and lengths
	 */
	public static Sample stratified(double[] weights, int[] strata) {
		Checks.weights(weights);
		Checks.length("strata", weights.length, strata.length);
		int count = 0;
		for (int i = 0; i < strata.length; i++) {
			if (strata[i] < 0) {
				throw new DomainException("polls.data.invalid-stratum", i + 1, strata[i]);
			}
			count = Math.max(count, strata[i] + 1);
		}
		int[] sizes = new int[count];
		for (int h : strata) {
			sizes[h]++;
		}
		return new Sample(weights.clone(), strata.clone(), sizes);
	}

	/** The number of respondents. */
	public int size() {
		return weights.length;
	}

	/** The weights, a copy. */
	public double[] weights() {
		return weights.clone();
	}

	double weight(int i) {
		return weights[i];
	}

	int stratum(int i) {
		return strata[i];
	}

	int strataCount() {
		return stratumSizes.length;
	}

	int stratumSize(int h) {
		return stratumSizes[h];
	}
}
