package ps.rasd.polls.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ps.rasd.polls.stats.Categorical;
import ps.rasd.polls.stats.Numeric;
import ps.rasd.polls.stats.Sample;
import ps.rasd.shared.DomainException;

/**
 * The included responses of a poll with their final weights and design strata, ready for estimates and cross-tabs.
 * Build it once after weighting and reuse it for every table: it holds the respondents in a fixed order.
 */
public final class WeightedResponses {

	private final List<Respondent> respondents;

	private final Sample sample;

	private WeightedResponses(List<Respondent> respondents, Sample sample) {
		this.respondents = respondents;
		this.sample = sample;
	}

	/**
	 * The respondents with their weights, stratified by {@link Respondent#stratum()} (one stratum for all when none has
	 * one). Standard errors then follow the design: strata, each respondent its own unit, with-replacement.
	 *
	 * @param respondents the included respondents
	 * @param weights the final weight of each respondent by id, e.g. {@link WeightingResult#weights()}
	 * @throws ps.rasd.shared.InvalidInputException {@code polls.analysis.no-weight} (respondent id) when a respondent
	 *     has no weight; {@code polls.data.empty}, {@code polls.weights.*} for weights the statistics refuse
	 */
	public static WeightedResponses of(List<Respondent> respondents, Map<Long, Double> weights) {
		List<Respondent> list = List.copyOf(respondents);
		double[] w = new double[list.size()];
		int[] strata = new int[list.size()];
		Map<String, Integer> strataCodes = new HashMap<>();
		for (int i = 0; i < w.length; i++) {
			Respondent r = list.get(i);
			Double weight = weights.get(r.id());
			if (weight == null) {
				throw Failures.invalid("weights", "polls.analysis.no-weight", r.id());
			}
			w[i] = weight;
			String stratum = r.stratum() == null ? "" : r.stratum();
			Integer code = strataCodes.get(stratum);
			if (code == null) {
				code = strataCodes.size();
				strataCodes.put(stratum, code);
			}
			strata[i] = code;
		}
		try {
			return new WeightedResponses(list, Sample.stratified(w, strata));
		}
		catch (DomainException ex) {
			throw Failures.of(ex);
		}
	}

	/** Equal weights of 1: unweighted results. */
	public static WeightedResponses unweighted(List<Respondent> respondents) {
		Map<Long, Double> ones = new HashMap<>();
		respondents.forEach(r -> ones.put(r.id(), 1.0));
		return of(respondents, ones);
	}

	/** The respondents, in the order of the arrays given to the statistics. */
	public List<Respondent> respondents() {
		return respondents;
	}

	/** The number of respondents. */
	public int size() {
		return respondents.size();
	}

	Sample sample() {
		return sample;
	}

	/**
	 * The category index of each respondent for a variable with categories, -1 when missing.
	 *
	 * @throws ps.rasd.shared.InvalidInputException {@code polls.analysis.unknown-answer} (variable, value, respondent
	 *     id) for a value that is not one of its categories
	 */
	Categorical categorical(Variable variable) {
		Map<String, Integer> index = variable.index();
		int[] codes = new int[respondents.size()];
		for (int i = 0; i < codes.length; i++) {
			String value = variable.valueOf(respondents.get(i));
			if (value == null) {
				codes[i] = -1;
				continue;
			}
			Integer code = index.get(value);
			if (code == null) {
				throw Failures.invalid(variable.name(), "polls.analysis.unknown-answer", variable.name(), value,
						respondents.get(i).id());
			}
			codes[i] = code;
		}
		return new Categorical(variable.name(), codes, Math.max(1, variable.categories().size()));
	}

	/**
	 * Whether each respondent chose each option of a multiple-choice question: one array per option, 1 chosen, 0 not,
	 * -1 when the question was not answered.
	 */
	List<Categorical> options(Variable variable) {
		Map<String, Integer> index = variable.index();
		int k = variable.categories().size();
		int[][] chosen = new int[k][respondents.size()];
		for (int i = 0; i < respondents.size(); i++) {
			String answer = variable.valueOf(respondents.get(i));
			for (int c = 0; c < k; c++) {
				chosen[c][i] = answer == null ? -1 : 0;
			}
			if (answer == null) {
				continue;
			}
			for (String value : answer.split("\\s+")) {
				Integer code = index.get(value);
				if (code == null) {
					throw Failures.invalid(variable.name(), "polls.analysis.unknown-answer", variable.name(), value,
							respondents.get(i).id());
				}
				chosen[code][i] = 1;
			}
		}
		List<Categorical> result = new ArrayList<>(k);
		for (int c = 0; c < k; c++) {
			result.add(new Categorical(variable.name() + "." + variable.categories().get(c).code(), chosen[c], 2));
		}
		return result;
	}

	/**
	 * The number each respondent answered, {@code NaN} when missing.
	 *
	 * @throws ps.rasd.shared.InvalidInputException {@code polls.analysis.not-a-number} (question, value, respondent id)
	 */
	Numeric numeric(Variable variable) {
		double[] values = new double[respondents.size()];
		for (int i = 0; i < values.length; i++) {
			String value = variable.valueOf(respondents.get(i));
			if (value == null) {
				values[i] = Double.NaN;
				continue;
			}
			try {
				values[i] = Double.parseDouble(value);
			}
			catch (NumberFormatException ex) {
				values[i] = Double.NaN;
			}
			if (!Double.isFinite(values[i])) {
				throw Failures.invalid(variable.name(), "polls.analysis.not-a-number", variable.name(), value,
						respondents.get(i).id());
			}
		}
		return new Numeric(variable.name(), values);
	}
}
