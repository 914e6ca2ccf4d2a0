package ps.rasd.polls.analysis;

import java.util.ArrayList;
import java.util.List;

import ps.rasd.polls.stats.Categorical;
import ps.rasd.polls.stats.MeanEstimate;
import ps.rasd.polls.stats.Proportion;
import ps.rasd.polls.stats.ProportionEstimates;
import ps.rasd.shared.DomainException;

/**
 * Weighted results of one question: single choice, yes / no / not applicable and rating questions as the share of
 * each category; multiple choice as the share choosing each option among those who answered; integer, decimal and
 * rating questions as a weighted mean. Each share and mean comes with its standard error, 95 % confidence interval and
 * margin of error (all including the design effect, through linearization over strata and weights), the weighted,
 * unweighted and effective bases, and the small-base flag (effective base under 30). See
 * {@link ps.rasd.polls.stats.Estimates} for the methods.
 */
public final class Estimates {

	private Estimates() {
	}

	/**
	 * The results of a question over the weighted responses.
	 *
	 * @throws ps.rasd.shared.InvalidInputException {@code polls.estimates.no-answers} (question) when nobody answered;
	 *     {@code polls.analysis.unknown-answer} (question, value, respondent id);
	 *     {@code polls.analysis.not-a-number} (question, value, respondent id)
	 */
	public static QuestionEstimates of(WeightedResponses responses, Variable variable) {
		try {
			if (variable.multiple()) {
				return options(responses, variable);
			}
			MeanEstimate mean = variable.numeric()
					? ps.rasd.polls.stats.Estimates.mean(responses.sample(), responses.numeric(variable)) : null;
			if (!variable.categorical()) {
				return new QuestionEstimates(variable, mean.base(), mean.missing(), mean.weightedBase(),
						mean.effectiveBase(), mean.base() / mean.effectiveBase(), mean.smallBase(), List.of(), mean);
			}
			ProportionEstimates p = ps.rasd.polls.stats.Estimates.proportions(responses.sample(),
					responses.categorical(variable));
			List<CategoryEstimate> categories = new ArrayList<>();
			for (int k = 0; k < variable.categories().size(); k++) {
				categories.add(estimate(variable.categories().get(k), p.of(k)));
			}
			return new QuestionEstimates(variable, p.base(), p.missing(), p.weightedBase(), p.effectiveBase(),
					p.designEffect(), p.smallBase(), categories, mean);
		}
		catch (DomainException ex) {
			throw ex instanceof ps.rasd.shared.InvalidInputException invalid ? invalid
					: Failures.invalid(variable.name(), ex.code(), ex.arguments());
		}
	}

	private static QuestionEstimates options(WeightedResponses responses, Variable variable) {
		List<Categorical> options = responses.options(variable);
		List<CategoryEstimate> categories = new ArrayList<>();
		ProportionEstimates first = null;
		for (int k = 0; k < options.size(); k++) {
			ProportionEstimates p;
			try {
				p = ps.rasd.polls.stats.Estimates.proportions(responses.sample(), options.get(k));
			}
			catch (DomainException ex) {
				throw Failures.invalid(variable.name(), ex.code(), variable.name());
			}
			first = first == null ? p : first;
			categories.add(estimate(variable.categories().get(k), p.of(1)));
		}
		if (first == null) {
			throw Failures.invalid(variable.name(), "polls.estimates.no-categories", variable.name());
		}
		return new QuestionEstimates(variable, first.base(), first.missing(), first.weightedBase(),
				first.effectiveBase(), first.designEffect(), first.smallBase(), categories, null);
	}

	private static CategoryEstimate estimate(Category category, Proportion p) {
		return new CategoryEstimate(category, p.count(), p.weightedCount(), p.estimate(), p.standardError(), p.lower(),
				p.upper(), p.marginOfError(), p.designEffect());
	}
}
