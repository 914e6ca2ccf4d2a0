package ps.rasd.polls.stats;

import java.util.List;

/**
 * The weighted distribution of the answers to one question.
 *
 * @param variable the question
 * @param base the respondents who answered (unweighted)
 * @param missing the respondents who did not
 * @param weightedBase the weighted total of those who answered
 * @param effectiveBase Kish effective size of those who answered, {@code (sum w)^2 / sum w^2}
 * @param designEffect Kish design effect due to weighting of those who answered, {@code 1 + CV^2}
 * @param smallBase whether the effective base is under 30: such estimates are not shown in public
 * @param proportions one per category, in category order
 */
public record ProportionEstimates(String variable, int base, int missing, double weightedBase, double effectiveBase,
		double designEffect, boolean smallBase, List<Proportion> proportions) {

	/** The estimate of a category. */
	public Proportion of(int category) {
		return proportions.get(category);
	}
}
