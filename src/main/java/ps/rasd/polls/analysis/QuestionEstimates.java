package ps.rasd.polls.analysis;

import java.util.List;

import ps.rasd.polls.stats.MeanEstimate;

/**
 * The weighted results of one question.
 *
 * @param variable the question (or weighting variable)
 * @param base the respondents who answered (unweighted base)
 * @param missing the included respondents who did not
 * @param weightedBase the weighted total of those who answered
 * @param effectiveBase Kish effective size of those who answered
 * @param designEffect Kish design effect due to weighting of those who answered
 * @param smallBase whether the effective base is under 30: such results are shown to analysts with a warning and
 *     never in public views
 * @param categories the share of each category (each option for multiple choice), in the order of the form; empty for
 *     integer and decimal questions
 * @param mean the weighted mean for integer, decimal and rating questions, otherwise {@code null}
 */
public record QuestionEstimates(Variable variable, int base, int missing, double weightedBase, double effectiveBase,
		double designEffect, boolean smallBase, List<CategoryEstimate> categories, MeanEstimate mean) {

	/** Copies the categories. */
	public QuestionEstimates {
		categories = List.copyOf(categories);
	}

	/** The estimate of a category code. */
	public CategoryEstimate category(String code) {
		return categories.stream().filter(c -> c.category().code().equals(code)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException(code));
	}

	/** Whether these results may be shown in public views. */
	public boolean publishable() {
		return !smallBase;
	}
}
