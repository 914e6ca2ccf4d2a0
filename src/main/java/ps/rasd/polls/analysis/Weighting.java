package ps.rasd.polls.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ps.rasd.polls.stats.DesignWeights;
import ps.rasd.polls.stats.Margin;
import ps.rasd.polls.stats.PostStratification;
import ps.rasd.polls.stats.Raking;
import ps.rasd.polls.stats.RakingOptions;
import ps.rasd.polls.stats.RakingResult;
import ps.rasd.polls.stats.TrimResult;
import ps.rasd.polls.stats.Trimming;
import ps.rasd.polls.stats.WeightSummary;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;

/**
 * Weights the respondents of a poll by a {@link WeightingPlan}, on the statistics core
 * ({@link DesignWeights}, {@link PostStratification}, {@link Raking}, {@link Trimming}).
 *
 * <p>Every failure is an {@link InvalidInputException} with a message code from {@code i18n/polls/messages} and
 * arguments naming the variable, category or stratum, so nothing is weighted half-way.
 */
public final class Weighting {

	/** Rounds of trimming and raking again, at most. */
	static final int TRIM_ROUNDS = 20;

	private Weighting() {
	}

	/**
	 * Weights the respondents.
	 *
	 * @param respondents the included respondents
	 * @param plan how to weight them
	 * @return the weights by respondent id, their summary and the achieved shares of each target table
	 * @throws InvalidInputException {@code polls.data.empty}; {@code polls.analysis.missing-variable} (variable,
	 *     respondents without it); {@code polls.analysis.unknown-category} (variable, value, respondents with it);
	 *     {@code polls.analysis.unknown-stratum} (stratum, respondents); {@code polls.analysis.empty-stratum}
	 *     (stratum); {@code polls.analysis.empty-category} (variable, category) when a category with a target has no
	 *     respondent; {@code polls.analysis.not-converged} (iterations, variable, category, deviation);
	 *     {@code polls.trimming.infeasible} (lower, upper, mean)
	 */
	public static WeightingResult apply(List<Respondent> respondents, WeightingPlan plan) {
		int n = respondents.size();
		if (n == 0) {
			throw Failures.invalid("respondents", "polls.data.empty");
		}
		List<PopulationTargetTable> tables = plan.targets();
		Map<String, int[]> codes = new LinkedHashMap<>();
		for (PopulationTargetTable table : tables) {
			codes.put(table.variable(), codes(respondents, table));
		}
		double total = plan.populationTotal() == null ? n : plan.populationTotal();
		try {
			double[] w = plan.strata() == null ? ones(n) : design(respondents, plan.strata());
			w = scale(w, total);
			int iterations = 0;
			List<Margin> margins = new ArrayList<>();
			for (PopulationTargetTable table : tables) {
				margins.add(margin(table, codes.get(table.variable()), total));
			}
			if (plan.method() == WeightingPlan.Method.POST_STRATIFICATION) {
				w = PostStratification.apply(w, margins.get(0));
			}
			else if (plan.method() == WeightingPlan.Method.RAKING) {
				RakingResult raked = rake(w, margins, plan);
				w = raked.weights();
				iterations += raked.iterations();
			}
			TrimResult trimmed = null;
			if (plan.trim() != null) {
				for (int round = 0; round < TRIM_ROUNDS; round++) {
					trimmed = Trimming.trim(w, plan.trim());
					w = trimmed.weights();
					if (plan.method() != WeightingPlan.Method.RAKING || trimmed.trimmed() == 0
							|| worst(checks(respondents, tables, codes, w, plan.tolerance())) <= plan.tolerance()
							|| round == TRIM_ROUNDS - 1) {
						break;
					}
					RakingResult raked = rake(w, margins, plan);
					iterations += raked.iterations();
					w = raked.weights();
				}
			}
			List<MarginCheck> checks = checks(respondents, tables, codes, w, plan.tolerance());
			if (plan.trim() == null && plan.method() == WeightingPlan.Method.RAKING) {
				notConverged(checks, plan, iterations);
			}
			Map<Long, Double> weights = new LinkedHashMap<>();
			for (int i = 0; i < n; i++) {
				weights.put(respondents.get(i).id(), w[i]);
			}
			boolean converged = checks.stream().allMatch(MarginCheck::withinTolerance);
			return new WeightingResult(weights, WeightSummary.of(w), checks, iterations, converged, trimmed);
		}
		catch (InvalidInputException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			throw Failures.of(ex);
		}
	}

	/** Raking without failing on the cap: {@link #notConverged} names the worst category by its code instead. */
	private static RakingResult rake(double[] w, List<Margin> margins, WeightingPlan plan) {
		return Raking.rake(w, margins, new RakingOptions(plan.tolerance(), plan.maxIterations(), false));
	}

	private static void notConverged(List<MarginCheck> checks, WeightingPlan plan, int iterations) {
		for (MarginCheck check : checks) {
			if (!check.withinTolerance()) {
				String worst = null;
				double deviation = -1;
				for (MarginCheck.Row row : check.rows()) {
					double d = deviation(row);
					if (d > deviation) {
						deviation = d;
						worst = row.category();
					}
				}
				throw Failures.invalid(check.variable(), "polls.analysis.not-converged", iterations, check.variable(),
						worst, deviation);
			}
		}
	}

	/** The category index of each respondent in a table; every respondent must have a known category. */
	private static int[] codes(List<Respondent> respondents, PopulationTargetTable table) {
		List<String> variables = table.cellVariables();
		for (String variable : variables) {
			long missing = respondents.stream().filter(r -> r.variable(variable) == null).count();
			if (missing > 0) {
				throw Failures.invalid(variable, "polls.analysis.missing-variable", variable, missing);
			}
		}
		Map<String, Integer> index = new HashMap<>();
		List<String> categories = table.categories();
		for (int c = 0; c < categories.size(); c++) {
			index.put(categories.get(c), c);
		}
		int[] codes = new int[respondents.size()];
		Map<String, Integer> unknown = new LinkedHashMap<>();
		int[] counts = new int[categories.size()];
		for (int i = 0; i < codes.length; i++) {
			String value = value(respondents.get(i), variables);
			Integer code = index.get(value);
			if (code == null) {
				unknown.merge(value, 1, Integer::sum);
				continue;
			}
			codes[i] = code;
			counts[code]++;
		}
		if (!unknown.isEmpty()) {
			Map.Entry<String, Integer> first = unknown.entrySet().iterator().next();
			throw Failures.invalid(table.variable(), "polls.analysis.unknown-category", table.variable(), first.getKey(),
					first.getValue());
		}
		for (int c = 0; c < counts.length; c++) {
			if (counts[c] == 0 && table.rows().get(c).value() > 0) {
				throw Failures.invalid(table.variable(), "polls.analysis.empty-category", table.variable(),
						categories.get(c));
			}
		}
		return codes;
	}

	private static String value(Respondent respondent, List<String> variables) {
		if (variables.size() == 1) {
			return respondent.variable(variables.get(0));
		}
		StringBuilder key = new StringBuilder();
		for (String variable : variables) {
			key.append(key.length() == 0 ? "" : PopulationTargetTable.CELL_SEPARATOR).append(respondent.variable(variable));
		}
		return key.toString();
	}

	private static Margin margin(PopulationTargetTable table, int[] codes, double total) {
		double[] targets = table.shares().values().stream().mapToDouble(s -> s * total).toArray();
		return new Margin(table.variable(), codes, targets);
	}

	/** Design weights {@code N_h / n_h} from the planned population of each stratum. */
	private static double[] design(List<Respondent> respondents, Map<String, Double> strata) {
		Map<String, Integer> index = new HashMap<>();
		List<String> names = new ArrayList<>(strata.keySet());
		double[] population = new double[names.size()];
		for (int h = 0; h < names.size(); h++) {
			index.put(names.get(h), h);
			Double size = strata.get(names.get(h));
			if (size == null || !Double.isFinite(size) || size < 0) {
				throw Failures.invalid("strata", "polls.analysis.invalid-stratum-size", names.get(h));
			}
			population[h] = size;
		}
		int[] codes = new int[respondents.size()];
		int[] counts = new int[names.size()];
		Map<String, Integer> unknown = new LinkedHashMap<>();
		for (int i = 0; i < codes.length; i++) {
			String stratum = respondents.get(i).stratum();
			Integer code = stratum == null ? null : index.get(stratum);
			if (code == null) {
				unknown.merge(String.valueOf(stratum), 1, Integer::sum);
				continue;
			}
			codes[i] = code;
			counts[code]++;
		}
		if (!unknown.isEmpty()) {
			Map.Entry<String, Integer> first = unknown.entrySet().iterator().next();
			throw Failures.invalid("strata", "polls.analysis.unknown-stratum", first.getKey(), first.getValue());
		}
		for (int h = 0; h < counts.length; h++) {
			if (counts[h] == 0 && population[h] > 0) {
				throw Failures.invalid("strata", "polls.analysis.empty-stratum", names.get(h));
			}
		}
		return DesignWeights.of(new Margin("stratum", codes, population));
	}

	private static List<MarginCheck> checks(List<Respondent> respondents, List<PopulationTargetTable> tables,
			Map<String, int[]> codes, double[] w, double tolerance) {
		double sum = 0;
		for (double x : w) {
			sum += x;
		}
		int n = respondents.size();
		List<MarginCheck> checks = new ArrayList<>();
		for (PopulationTargetTable table : tables) {
			int[] c = codes.get(table.variable());
			int k = table.rows().size();
			double[] totals = new double[k];
			int[] counts = new int[k];
			for (int i = 0; i < n; i++) {
				totals[c[i]] += w[i];
				counts[c[i]]++;
			}
			List<Double> shares = new ArrayList<>(table.shares().values());
			List<MarginCheck.Row> rows = new ArrayList<>();
			double worst = 0;
			for (int j = 0; j < k; j++) {
				PopulationTargetTable.Row row = table.rows().get(j);
				MarginCheck.Row check = new MarginCheck.Row(row.category().strip(), row.label(), counts[j],
						(double) counts[j] / n, shares.get(j), totals[j] / sum, totals[j]);
				rows.add(check);
				worst = Math.max(worst, deviation(check));
			}
			checks.add(new MarginCheck(table.variable(), table.label(), table.source(), rows, worst,
					worst <= tolerance));
		}
		return checks;
	}

	private static double deviation(MarginCheck.Row row) {
		return row.targetShare() > 0 ? Math.abs(row.achievedShare() - row.targetShare()) / row.targetShare()
				: row.achievedShare();
	}

	private static double worst(List<MarginCheck> checks) {
		return checks.stream().mapToDouble(MarginCheck::maxDeviation).max().orElse(0);
	}

	private static double[] ones(int n) {
		double[] w = new double[n];
		Arrays.fill(w, 1.0);
		return w;
	}

	private static double[] scale(double[] w, double total) {
		double sum = 0;
		for (double x : w) {
			sum += x;
		}
		double[] scaled = new double[w.length];
		for (int i = 0; i < w.length; i++) {
			scaled[i] = w[i] * total / sum;
		}
		return scaled;
	}
}
