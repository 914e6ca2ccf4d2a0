package ps.rasd.polls.stats;

/**
 * The weighted proportion of one category, as a fraction of the respondents who answered (0 to 1).
 *
 * @param category the category code
 * @param count the respondents who chose it (unweighted)
 * @param weightedCount their weighted total
 * @param estimate the weighted proportion
 * @param standardError the linearization (Taylor series) standard error, with strata
 * @param kishStandardError {@code sqrt(deff * p (1 - p) / n)} with Kish design effect of the weights, for comparison
 * @param designEffect the design effect of this estimate: its variance over {@code p (1 - p) / (n - 1)}, the variance
 *     of a simple random sample of the same size; {@code NaN} when {@code p} is 0 or 1
 * @param lower the lower 95 % confidence limit (Wilson, on the effective size {@code n / designEffect})
 * @param upper the upper 95 % confidence limit
 * @param marginOfError {@code 1.96 * standardError}
 */
public record Proportion(int category, int count, double weightedCount, double estimate, double standardError,
		double kishStandardError, double designEffect, double lower, double upper, double marginOfError) {
}
