package ps.rasd.polls.stats;

import ps.rasd.shared.DomainException;

/** The checks of input shared by every computation; each failure names what is wrong. */
final class Checks {

	private Checks() {
	}

	/** Weights: at least one, each finite and not negative, not all zero. */
	static void weights(double[] weights) {
		if (weights == null || weights.length == 0) {
			throw new DomainException("polls.data.empty");
		}
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			double w = weights[i];
			if (!Double.isFinite(w)) {
				throw new DomainException("polls.weights.invalid", i + 1);
			}
			if (w < 0) {
				throw new DomainException("polls.weights.negative", i + 1, w);
			}
			sum += w;
		}
		if (sum <= 0) {
			throw new DomainException("polls.weights.zero-total");
		}
	}

	/** An array of answers has one entry per respondent. */
	static void length(String variable, int respondents, int length) {
		if (length != respondents) {
			throw new DomainException("polls.data.length-mismatch", variable, respondents, length);
		}
	}

	/** Codes of a weighting variable: every respondent has one, each a known category. */
	static void weightingCodes(String variable, int[] codes, int categories, int respondents) {
		length(variable, respondents, codes.length);
		for (int i = 0; i < codes.length; i++) {
			if (codes[i] < 0) {
				throw new DomainException("polls.weighting.missing-category", variable, i + 1);
			}
			if (codes[i] >= categories) {
				throw new DomainException("polls.weighting.unknown-category", variable, i + 1, codes[i]);
			}
		}
	}

	/** Codes of a question: negative is a missing answer, anything else a known category. */
	static void answerCodes(String variable, int[] codes, int categories, int respondents) {
		length(variable, respondents, codes.length);
		for (int i = 0; i < codes.length; i++) {
			if (codes[i] >= categories) {
				throw new DomainException("polls.estimates.unknown-category", variable, i + 1, codes[i]);
			}
		}
	}

	/** The weighted total of each category. */
	static double[] totals(double[] weights, int[] codes, int categories) {
		double[] totals = new double[categories];
		for (int i = 0; i < weights.length; i++) {
			totals[codes[i]] += weights[i];
		}
		return totals;
	}
}
