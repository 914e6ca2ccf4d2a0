package ps.rasd.polls.stats;

import java.util.function.IntUnaryOperator;

/**
 * Per-stratum sums of a categorical variable over the respondents who answered it (the domain), and the Taylor
 * linearization variances of its category proportions {@code p_k = T_k / W}.
 *
 * <p>For a with-replacement design with strata {@code h}, each respondent its own unit, the linearized value of
 * respondent {@code i} for category {@code k} is {@code u_i = d_i w_i (y_ik - p_k) / W}, with {@code d_i} 1 when
 * {@code i} answered and 0 otherwise (non-answerers stay in their stratum with {@code u = 0}: domain estimation), and
 * <pre>
 * var(p_k) = sum_h n_h / (n_h - 1) * sum_{i in h} (u_i - mean_h(u))^2
 * </pre>
 * As {@code y} is 0 or 1, {@code sum w^2 (y - p)^2 = Q_hk (1 - 2 p) + Q_h p^2} with {@code Q} the sums of squared
 * weights, so one pass over the respondents suffices. A stratum of one respondent contributes {@code u^2}: its deviation
 * from the overall mean of {@code u}, which is 0 (the adjust rule of R survey for lonely units).
 */
final class Linearization {

	private final Sample sample;

	private final int categories;

	private final double[] totals;

	private final double[] squares;

	private final int[] counts;

	private final double[] stratumTotals;

	private final double[] stratumSquares;

	private Linearization(Sample sample, int categories) {
		this.sample = sample;
		this.categories = categories;
		this.totals = new double[sample.strataCount() * categories];
		this.squares = new double[sample.strataCount() * categories];
		this.counts = new int[categories];
		this.stratumTotals = new double[sample.strataCount()];
		this.stratumSquares = new double[sample.strataCount()];
	}

	/** Sums the weights of each category in each stratum; a negative code is outside the domain. */
	static Linearization of(Sample sample, int[] codes, int categories) {
		Linearization sums = new Linearization(sample, categories);
		for (int i = 0; i < codes.length; i++) {
			int k = codes[i];
			if (k >= 0) {
				sums.add(sample.stratum(i), k, sample.weight(i));
			}
		}
		return sums;
	}

	/** The same sums for coarser categories: {@code map} gives the new category of each category. */
	Linearization collapse(IntUnaryOperator map, int coarser) {
		Linearization sums = new Linearization(sample, coarser);
		for (int h = 0; h < sample.strataCount(); h++) {
			for (int k = 0; k < categories; k++) {
				int at = h * categories + k;
				int to = h * coarser + map.applyAsInt(k);
				sums.totals[to] += totals[at];
				sums.squares[to] += squares[at];
			}
			sums.stratumTotals[h] = stratumTotals[h];
			sums.stratumSquares[h] = stratumSquares[h];
		}
		for (int k = 0; k < categories; k++) {
			sums.counts[map.applyAsInt(k)] += counts[k];
		}
		return sums;
	}

	private void add(int h, int k, double w) {
		totals[h * categories + k] += w;
		squares[h * categories + k] += w * w;
		stratumTotals[h] += w;
		stratumSquares[h] += w * w;
		counts[k]++;
	}

	/** The weighted total of each category. */
	double[] categoryTotals() {
		double[] sum = new double[categories];
		for (int h = 0; h < sample.strataCount(); h++) {
			for (int k = 0; k < categories; k++) {
				sum[k] += totals[h * categories + k];
			}
		}
		return sum;
	}

	/** The respondents in each category. */
	int[] counts() {
		return counts.clone();
	}

	/** The respondents in the domain. */
	int count() {
		int n = 0;
		for (int c : counts) {
			n += c;
		}
		return n;
	}

	/** The weighted total of the domain. */
	double total() {
		double sum = 0;
		for (double t : stratumTotals) {
			sum += t;
		}
		return sum;
	}

	/** The sum of squared weights of the domain. */
	double sumOfSquares() {
		double sum = 0;
		for (double q : stratumSquares) {
			sum += q;
		}
		return sum;
	}

	/** The linearization variance of each proportion {@code p[k]} (computed by the caller as total over domain). */
	double[] variances(double[] p) {
		double w = total();
		double[] variances = new double[categories];
		for (int h = 0; h < sample.strataCount(); h++) {
			int n = sample.stratumSize(h);
			for (int k = 0; k < categories; k++) {
				int at = h * categories + k;
				double sumU = (totals[at] - stratumTotals[h] * p[k]) / w;
				double sumU2 = (squares[at] * (1 - 2 * p[k]) + stratumSquares[h] * p[k] * p[k]) / (w * w);
				variances[k] += spread(n, sumU, sumU2);
			}
		}
		return variances;
	}

	/** The variance contribution of a stratum of {@code n} respondents whose linearized values sum as given. */
	static double spread(int n, double sumU, double sumU2) {
		if (n == 1) {
			return Math.max(0, sumU2);
		}
		return n / (n - 1.0) * Math.max(0, sumU2 - sumU * sumU / n);
	}
}
