package ps.rasd.polls;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import ps.rasd.forms.Choice;
import ps.rasd.forms.Question;
import ps.rasd.forms.QuestionType;
import ps.rasd.polls.analysis.CrossTabulation;
import ps.rasd.polls.analysis.PopulationTargetTable;
import ps.rasd.polls.analysis.Respondent;
import ps.rasd.polls.analysis.Variable;
import ps.rasd.polls.analysis.WeightedResponses;
import ps.rasd.polls.analysis.Weighting;
import ps.rasd.polls.analysis.WeightingPlan;
import ps.rasd.polls.analysis.WeightingResult;
import ps.rasd.shared.LocalizedText;

import ps.rasd.polls.stats.Categorical;
import ps.rasd.polls.stats.CrossTab;
import ps.rasd.polls.stats.CrossTabs;
import ps.rasd.polls.stats.Estimates;
import ps.rasd.polls.stats.Margin;
import ps.rasd.polls.stats.Raking;
import ps.rasd.polls.stats.RakingOptions;
import ps.rasd.polls.stats.RakingResult;
import ps.rasd.polls.stats.Sample;
import ps.rasd.polls.stats.WeightSummary;

/**
 * Figures of the polls statistics on 100,000 synthetic respondents: raking to 4 margins (sex, age group, governorate,
 * locality type; correlated and skewed against their targets) and a weighted, stratified 5 x 16 cross-tab with the
 * Rao-Scott test, first on the statistics core (arrays), then through the analysis layer (respondents with their
 * weighting variables and answers as stored, target tables, a weighting plan), which adds reading the codes.
 * Warm-up first, then the median of several runs. Run by bench/polls.sh.
 */
public final class PollsBench {

	private static final int N = 100_000;

	private static final int WARM_UP = 10;

	private static final int RUNS = 15;

	private PollsBench() {
	}

	public static void main(String[] args) {
		Random random = new Random(2026);
		int[] sex = new int[N];
		int[] age = new int[N];
		int[] governorate = new int[N];
		int[] locality = new int[N];
		int[] answer = new int[N];
		double[] design = new double[N];
		for (int i = 0; i < N; i++) {
			governorate[i] = Math.min(15, (int) (16 * Math.pow(random.nextDouble(), 1.4)));
			locality[i] = governorate[i] < 8 ? pick(random, 0.6, 0.3, 0.1) : pick(random, 0.3, 0.5, 0.2);
			sex[i] = random.nextDouble() < 0.58 ? 0 : 1;
			age[i] = Math.min(4, (int) (5 * Math.pow(random.nextDouble(), 0.7 + 0.3 * sex[i])));
			answer[i] = random.nextDouble() < 0.08 ? -1 : (age[i] + locality[i] + random.nextInt(3)) % 5;
			design[i] = 200 + 50 * governorate[i] + random.nextDouble() * 100;
		}
		double total = 3_000_000;
		List<Margin> margins = List.of(
				Margin.ofShares("sex", sex, new double[] { 0.507, 0.493 }, total),
				Margin.ofShares("age", age, new double[] { 0.28, 0.24, 0.20, 0.16, 0.12 }, total),
				Margin.ofShares("governorate", governorate, shares(16), total),
				Margin.ofShares("locality", locality, new double[] { 0.77, 0.15, 0.08 }, total));
		RakingOptions options = new RakingOptions(1e-6, 200, true);

		long start = System.nanoTime();
		RakingResult raked = Raking.rake(design, margins, options);
		double coldRaking = (System.nanoTime() - start) / 1e6;
		Sample sample = Sample.stratified(raked.weights(), governorate);
		Categorical rows = new Categorical("q1", answer, 5);
		Categorical columns = new Categorical("governorate", governorate, 16);
		start = System.nanoTime();
		CrossTab table = CrossTabs.tabulate(sample, rows, columns);
		double coldTable = (System.nanoTime() - start) / 1e6;
		WeightSummary summary = WeightSummary.of(raked.weights());

		System.out.printf(Locale.ROOT, "Rasd polls statistics — %d respondents, %d cores, %s%n", N,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name") + " "
						+ System.getProperty("java.version"));
		System.out.printf(Locale.ROOT, "raking to 4 margins (2, 5, 16, 3 categories), tolerance 1e-6: %d iterations, "
				+ "max deviation %.2e, deff %.3f, n_eff %.0f%n", raked.iterations(), raked.maxDeviation(),
				summary.designEffect(), summary.effectiveSize());
		System.out.printf(Locale.ROOT, "first calls, before any warm-up: raking %.1f ms, cross-tab %.1f ms%n", coldRaking,
				coldTable);
		report("raking 100,000 respondents to 4 margins", "target <= 1000 ms",
				() -> Raking.rake(design, margins, options));
		System.out.printf(Locale.ROOT, "cross-tab q1 (5) x governorate (16), 16 strata: X2 %.1f, delta %.3f, "
				+ "Rao-Scott %.1f, df %d%n", table.test().pearson(), table.test().designCorrection(),
				table.test().raoScott(), table.test().degreesOfFreedom());
		report("weighted cross-tab with Rao-Scott, 100,000 responses", "target <= 200 ms",
				() -> CrossTabs.tabulate(sample, rows, columns));
		report("weighted proportions of one question with SEs and CIs", "",
				() -> Estimates.proportions(sample, rows));
		analysisLayer(sex, age, governorate, locality, answer, design);
	}

	/** The same figures through ps.rasd.polls.analysis: respondents as maps of codes, target tables, a plan. */
	private static void analysisLayer(int[] sex, int[] age, int[] governorate, int[] locality, int[] answer,
			double[] design) {
		String[] sexes = { "male", "female" };
		String[] ages = { "18-29", "30-39", "40-49", "50-59", "60+" };
		String[] localities = { "urban", "rural", "camp" };
		String[] governorates = new String[16];
		for (int g = 0; g < 16; g++) {
			governorates[g] = String.format(Locale.ROOT, "%02d", g + 1);
		}
		List<Respondent> respondents = new ArrayList<>(N);
		Map<String, Double> strata = new LinkedHashMap<>();
		for (int i = 0; i < N; i++) {
			String q1 = answer[i] < 0 ? null : "c" + answer[i];
			respondents.add(new Respondent(i + 1, governorates[governorate[i]],
					Map.of("sex", sexes[sex[i]], "age_group", ages[age[i]], "governorate", governorates[governorate[i]],
							"locality_type", localities[locality[i]]),
					q1 == null ? Map.of() : Map.of("q1", q1), null, null));
		}
		double[] governorateShares = shares(16);
		for (int g = 0; g < 16; g++) {
			strata.put(governorates[g], governorateShares[g]);
		}
		WeightingPlan plan = WeightingPlan.raking(List.of(
				table("sex", sexes, 50.7, 49.3), table("age_group", ages, 28, 24, 20, 16, 12),
				table("governorate", governorates, percents(governorateShares)),
				table("locality_type", localities, 77, 15, 8)))
			.withDesign(strata).withConvergence(1e-6, 200).withPopulationTotal(3_000_000.0);
		WeightingResult weighted = Weighting.apply(respondents, plan);
		System.out.printf(Locale.ROOT, "analysis layer: raking %d respondents (stratified design weights) to 4 margins: "
				+ "%d iterations, converged %s, deff %.3f, n_eff %.0f%n", N, weighted.iterations(),
				weighted.converged(), weighted.summary().designEffect(), weighted.summary().effectiveSize());
		report("analysis: Weighting.apply, 100,000 respondents, 4 margins", "target <= 1000 ms",
				() -> Weighting.apply(respondents, plan));
		report("analysis: WeightedResponses.of (once per set of weights)", "",
				() -> WeightedResponses.of(respondents, weighted.weights()));
		WeightedResponses responses = WeightedResponses.of(respondents, weighted.weights());
		List<Choice> choices = new ArrayList<>();
		for (int c = 0; c < 5; c++) {
			choices.add(new Choice("c" + c, new LocalizedText("خيار " + c, "Choice " + c)));
		}
		Variable q1 = Variable.of(new Question("q1", QuestionType.SINGLE_CHOICE,
				new LocalizedText("سؤال", "Question"), null, false, choices, null, null, null));
		Variable byGovernorate = Variable.of(plan.margins().get(2));
		CrossTabulation table = CrossTabulation.of(responses, q1, byGovernorate);
		System.out.printf(Locale.ROOT, "analysis: q1 (5) x governorate (16): base %d, Rao-Scott %.1f, p %.3g%n",
				table.base(), table.test().raoScott(), table.test().pValue());
		report("analysis: CrossTabulation.of, 100,000 responses", "target <= 200 ms",
				() -> CrossTabulation.of(responses, q1, byGovernorate));
		report("analysis: Estimates.of one question", "",
				() -> ps.rasd.polls.analysis.Estimates.of(responses, q1));
	}

	private static PopulationTargetTable table(String variable, String[] categories, double... percents) {
		List<PopulationTargetTable.Row> rows = new ArrayList<>();
		for (int c = 0; c < categories.length; c++) {
			rows.add(new PopulationTargetTable.Row(categories[c], new LocalizedText(categories[c], categories[c]),
					percents[c]));
		}
		return new PopulationTargetTable(variable, new LocalizedText(variable, variable), "bench", 2026, rows,
				PopulationTargetTable.Kind.PERCENT);
	}

	private static double[] percents(double[] shares) {
		double[] percents = new double[shares.length];
		for (int c = 0; c < shares.length; c++) {
			percents[c] = 100 * shares[c];
		}
		return percents;
	}

	private static void report(String label, String target, Supplier<?> work) {
		for (int i = 0; i < WARM_UP; i++) {
			work.get();
		}
		double[] millis = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			work.get();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		System.out.printf(Locale.ROOT, "%-56s median %7.1f ms  (min %.1f, max %.1f, %d runs)  %s%n", label,
				millis[RUNS / 2], millis[0], millis[RUNS - 1], RUNS, target);
	}

	private static int pick(Random random, double... shares) {
		double u = random.nextDouble();
		for (int c = 0; c < shares.length - 1; c++) {
			if (u < shares[c]) {
				return c;
			}
			u -= shares[c];
		}
		return shares.length - 1;
	}

	private static double[] shares(int k) {
		double[] shares = new double[k];
		double sum = 0;
		for (int c = 0; c < k; c++) {
			shares[c] = 1 + (c % 5);
			sum += shares[c];
		}
		for (int c = 0; c < k; c++) {
			shares[c] /= sum;
		}
		return shares;
	}
}
