package ps.rasd.polls.stats;

/**
 * The weighted mean of a numeric answer.
 *
 * @param variable the question
 * @param estimate the weighted mean
 * @param standardError the linearization (Taylor series) standard error, with strata
 * @param kishStandardError {@code sqrt(deff * s^2 / n)}, {@code s^2} the weighted variance of the answers, for
 *     comparison
 * @param lower the lower 95 % confidence limit, {@code estimate - 1.96 * standardError}
 * @param upper the upper 95 % confidence limit
 * @param marginOfError {@code 1.96 * standardError}
 * @param base the respondents who answered (unweighted)
 * @param missing the respondents who did not
 * @param weightedBase the weighted total of those who answered
 * @param effectiveBase Kish effective size of those who answered
 * @param smallBase whether the effective base is under 30
 */
public record MeanEstimate(String variable, double estimate, double standardError, double kishStandardError,
		double lower, double upper, double marginOfError, int base, int missing, double weightedBase,
		double effectiveBase, boolean smallBase) {
}
