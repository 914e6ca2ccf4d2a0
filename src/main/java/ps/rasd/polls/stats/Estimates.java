package ps.rasd.polls.stats;

import static ps.rasd.polls.stats.WeightSummary.Z95;

import java.util.ArrayList;
import java.util.List;

import ps.rasd.shared.DomainException;

/**
 * Weighted proportions and means with their standard errors, 95 % confidence intervals and margins of error. Missing
 * answers (a negative code, {@code NaN}) are left out of the base; the standard error treats those who answered as a
 * domain of the whole sample (see {@link Linearization}), as R survey does for a calibrated design.
 *
 * <p>Confidence interval of a proportion: Wilson score interval on the effective size {@code n* = n / deff}, with
 * {@code deff} the design effect of the estimate (Korn and Graubard 1998 use the same effective size for their
 * interval). It stays within [0, 1] and, for a simple random sample, is the textbook Wilson interval. When {@code p} is
 * 0 or 1 the estimate has no variance, so {@code n*} is the Kish effective base instead.
 */
public final class Estimates {

	/** Effective bases under this are flagged as small. */
	public static final double SMALL_BASE = 30;

	private Estimates() {
	}

	/**
	 * The weighted proportion of each category of a question.
	 *
	 * @throws DomainException {@code polls.estimates.no-answers} (question) when nobody answered;
	 *     {@code polls.estimates.unknown-category} (question, respondent, code); {@code polls.data.length-mismatch}
	 */
	public static ProportionEstimates proportions(Sample sample, Categorical question) {
		Checks.answerCodes(question.name(), question.codes(), question.categories(), sample.size());
		Linearization sums = Linearization.of(sample, question.codes(), question.categories());
		int n = sums.count();
		double w = sums.total();
		if (n == 0 || w <= 0) {
			throw new DomainException("polls.estimates.no-answers", question.name());
		}
		double effective = w * w / sums.sumOfSquares();
		double[] totals = sums.categoryTotals();
		double[] p = new double[totals.length];
		for (int k = 0; k < p.length; k++) {
			p[k] = totals[k] / w;
		}
		double[] variances = sums.variances(p);
		int[] counts = sums.counts();
		List<Proportion> proportions = new ArrayList<>(p.length);
		for (int k = 0; k < p.length; k++) {
			proportions.add(proportion(k, counts[k], totals[k], p[k], variances[k], n, effective));
		}
		return new ProportionEstimates(question.name(), n, sample.size() - n, w, effective, n / effective,
				effective < SMALL_BASE, List.copyOf(proportions));
	}

	private static Proportion proportion(int category, int count, double total, double p, double variance, int n,
			double effective) {
		double se = Math.sqrt(variance);
		double deff = designEffect(p, variance, n);
		double[] ci = wilson(p, deff > 0 ? n / deff : effective);
		double kishSe = Math.sqrt(p * (1 - p) / effective);
		return new Proportion(category, count, total, p, se, kishSe, deff, ci[0], ci[1], Z95 * se);
	}

	/**
	 * The weighted mean of a numeric question.
	 *
	 * @throws DomainException {@code polls.estimates.no-answers} (question) when nobody answered;
	 *     {@code polls.estimates.invalid-value} (question, respondent) for an infinite value;
	 *     {@code polls.data.length-mismatch}
	 */
	public static MeanEstimate mean(Sample sample, Numeric question) {
		double[] y = question.values();
		Checks.length(question.name(), sample.size(), y.length);
		int n = 0;
		double w = 0;
		double wy = 0;
		double squares = 0;
		for (int i = 0; i < y.length; i++) {
			if (Double.isInfinite(y[i])) {
				throw new DomainException("polls.estimates.invalid-value", question.name(), i + 1);
			}
			if (!Double.isNaN(y[i])) {
				double wi = sample.weight(i);
				n++;
				w += wi;
				wy += wi * y[i];
				squares += wi * wi;
			}
		}
		if (n == 0 || w <= 0) {
			throw new DomainException("polls.estimates.no-answers", question.name());
		}
		double mean = wy / w;
		double[] spread = meanSpread(sample, y, mean, w);
		double se = Math.sqrt(spread[0]);
		double effective = w * w / squares;
		double kishSe = Math.sqrt(spread[1] / effective);
		return new MeanEstimate(question.name(), mean, se, kishSe, mean - Z95 * se, mean + Z95 * se, Z95 * se, n,
				sample.size() - n, w, effective, effective < SMALL_BASE);
	}

	/** The linearization variance of the mean, and the weighted variance of the answers. */
	private static double[] meanSpread(Sample sample, double[] y, double mean, double w) {
		int strata = sample.strataCount();
		double[] sumU = new double[strata];
		double[] sumU2 = new double[strata];
		double weightedSquares = 0;
		for (int i = 0; i < y.length; i++) {
			if (!Double.isNaN(y[i])) {
				double d = y[i] - mean;
				double u = sample.weight(i) * d / w;
				sumU[sample.stratum(i)] += u;
				sumU2[sample.stratum(i)] += u * u;
				weightedSquares += sample.weight(i) * d * d;
			}
		}
		double variance = 0;
		for (int h = 0; h < strata; h++) {
			variance += Linearization.spread(sample.stratumSize(h), sumU[h], sumU2[h]);
		}
		return new double[] { variance, weightedSquares / w };
	}

	/** Design effect of a proportion: its variance over that of a simple random sample, {@code p (1 - p) / (n - 1)}. */
	static double designEffect(double p, double variance, int n) {
		if (n < 2 || p <= 0 || p >= 1) {
			return Double.NaN;
		}
		return variance / (p * (1 - p) / (n - 1));
	}

	/** The Wilson score interval at 95 % for a proportion {@code p} observed on {@code n} respondents. */
	static double[] wilson(double p, double n) {
		double z2 = Z95 * Z95;
		double denominator = 1 + z2 / n;
		double centre = (p + z2 / (2 * n)) / denominator;
		double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
		double lower = p <= 0 ? 0 : Math.max(0, centre - half);
		double upper = p >= 1 ? 1 : Math.min(1, centre + half);
		return new double[] { lower, upper };
	}
}
