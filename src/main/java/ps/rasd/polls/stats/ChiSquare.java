package ps.rasd.polls.stats;

import org.apache.commons.math3.special.Gamma;

/** The chi-square distribution. */
public final class ChiSquare {

	private ChiSquare() {
	}

	/**
	 * The upper tail {@code P(X > x)} of a chi-square variable with {@code df} degrees of freedom: the p-value of a
	 * statistic {@code x}. This is the regularized upper incomplete gamma function {@code Q(df / 2, x / 2)}, computed
	 * directly rather than as {@code 1 - CDF} so small p-values keep their precision.
	 */
	public static double upperTail(double x, int df) {
		if (Double.isNaN(x) || df < 1) {
			return Double.NaN;
		}
		if (x <= 0) {
			return 1;
		}
		return Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
	}
}
