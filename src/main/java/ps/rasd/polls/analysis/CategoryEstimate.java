package ps.rasd.polls.analysis;

/**
 * The weighted share of one category (or, for a multiple-choice question, of one option among those who answered).
 * Shares are fractions from 0 to 1.
 *
 * @param category the category
 * @param count respondents in it (unweighted)
 * @param weightedCount their weighted total
 * @param share the weighted share
 * @param standardError its linearization standard error (strata and weights included)
 * @param lower the lower 95 % confidence limit
 * @param upper the upper 95 % confidence limit
 * @param marginOfError {@code 1.96 * standardError}: it includes the design effect, since the standard error does
 * @param designEffect the design effect of this share, {@code NaN} when the share is 0 or 1
 */
public record CategoryEstimate(Category category, int count, double weightedCount, double share,
		double standardError, double lower, double upper, double marginOfError, double designEffect) {
}
