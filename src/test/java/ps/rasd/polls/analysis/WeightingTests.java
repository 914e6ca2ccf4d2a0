package ps.rasd.polls.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static ps.rasd.polls.analysis.AnalysisFixtures.counts;
import static ps.rasd.polls.analysis.AnalysisFixtures.failsWith;
import static ps.rasd.polls.analysis.AnalysisFixtures.respondent;
import static ps.rasd.polls.analysis.AnalysisFixtures.table;
import static ps.rasd.polls.analysis.AnalysisFixtures.times;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ps.rasd.polls.stats.TrimRule;

class WeightingTests {

	/**
	 * 100 respondents: male urban 40, male rural 20, female urban 20, female rural 20; targets sex 50/50 and locality
	 * 60/40. Raking keeps the sample's odds ratio ((40 x 20) / (20 x 20) = 2), so the male-urban total {@code a} solves
	 * {@code a (a - 10) = 2 (50 - a)(60 - a)}, that is {@code a^2 - 210 a + 6000 = 0}: {@code a = (210 - sqrt 20100) / 2
	 * = 34.11277}; then male rural 50 - a, female urban 60 - a, female rural a - 10, each spread over its respondents.
	 */
	static List<Respondent> twoByTwo() {
		List<Respondent> list = new ArrayList<>();
		list.addAll(times(40, 1, "sex=male", "locality_type=urban"));
		list.addAll(times(20, 41, "sex=male", "locality_type=rural"));
		list.addAll(times(20, 61, "sex=female", "locality_type=urban"));
		list.addAll(times(20, 81, "sex=female", "locality_type=rural"));
		return list;
	}

	static final double A = (210 - Math.sqrt(20100)) / 2;

	@Test
	void rakingATwoByTwoSampleGivesTheHandWorkedWeights() {
		WeightingResult result = Weighting.apply(twoByTwo(), WeightingPlan.raking(List.of(
				counts("sex", "male=50", "female=50"), counts("locality_type", "urban=60", "rural=40"))));

		assertThat(A).isCloseTo(34.11277, within(1e-5));
		assertThat(result.weights().get(1L)).isCloseTo(A / 40, within(1e-5));
		assertThat(result.weights().get(41L)).isCloseTo((50 - A) / 20, within(1e-5));
		assertThat(result.weights().get(61L)).isCloseTo((60 - A) / 20, within(1e-5));
		assertThat(result.weights().get(81L)).isCloseTo((A - 10) / 20, within(1e-5));
		assertThat(result.converged()).isTrue();
		assertThat(result.iterations()).isPositive();
		assertThat(result.summary().sum()).isCloseTo(100, within(1e-9));
	}

	@Test
	void weightedSharesMeetTheTargetsWithinTheTolerance() {
		PopulationTargetTable sex = counts("sex", "male=2430000", "female=2350000");
		PopulationTargetTable locality = table("locality_type", PopulationTargetTable.Kind.PERCENT, "urban=77",
				"rural=15", "camp=8");
		List<Respondent> sample = new ArrayList<>();
		sample.addAll(times(30, 1, "sex=male", "locality_type=urban"));
		sample.addAll(times(10, 31, "sex=male", "locality_type=camp"));
		sample.addAll(times(25, 41, "sex=female", "locality_type=rural"));
		sample.addAll(times(35, 66, "sex=female", "locality_type=urban"));
		WeightingPlan plan = WeightingPlan.raking(List.of(sex, locality)).withConvergence(1e-4, 50)
			.withPopulationTotal(4_780_000.0);

		WeightingResult result = Weighting.apply(sample, plan);

		for (MarginCheck margin : result.margins()) {
			assertThat(margin.withinTolerance()).as(margin.variable()).isTrue();
			assertThat(margin.maxDeviation()).isLessThanOrEqualTo(1e-4);
			for (MarginCheck.Row row : margin.rows()) {
				assertThat(Math.abs(row.achievedShare() - row.targetShare()) / row.targetShare())
					.as(margin.variable() + " " + row.category()).isLessThanOrEqualTo(1e-4);
			}
		}
		MarginCheck.Row camp = result.margin("locality_type").rows().get(2);
		assertThat(camp.category()).isEqualTo("camp");
		assertThat(camp.count()).isEqualTo(10);
		assertThat(camp.sampleShare()).isEqualTo(0.10);
		assertThat(camp.targetShare()).isCloseTo(0.08, within(1e-12));
		assertThat(camp.weightedTotal()).isCloseTo(0.08 * 4_780_000, within(0.08 * 4_780_000 * 1e-4));
		assertThat(result.summary().sum()).isCloseTo(4_780_000, within(1e-3));
	}

	@Test
	void designWeightsArePopulationOverRespondentsOfEachStratum() {
		List<Respondent> sample = List.of(stratum(1, "A"), stratum(2, "A"), stratum(3, "B"), stratum(4, "B"),
				stratum(5, "B"), stratum(6, "B"));

		WeightingResult result = Weighting.apply(sample, WeightingPlan.designOnly(Map.of("A", 600.0, "B", 400.0)));

		// N_h / n_h: A 300, B 100, scaled to the 6 respondents (sum 1000): A 1.8, B 0.6
		assertThat(result.weights().get(1L)).isCloseTo(1.8, within(1e-12));
		assertThat(result.weights().get(6L)).isCloseTo(0.6, within(1e-12));
	}

	@Test
	void kishDesignEffectOfTwoEqualGroupsWeightedOneAndTwo() {
		// Kish (1965): two halves with weights 1 and 2: deff = n sum w^2 / (sum w)^2 = 4 x 10 / 36 = 1.111,
		// effective size 36 / 10 = 3.6
		List<Respondent> sample = List.of(stratum(1, "A"), stratum(2, "A"), stratum(3, "B"), stratum(4, "B"));

		WeightingResult result = Weighting.apply(sample, WeightingPlan.designOnly(Map.of("A", 200.0, "B", 400.0)));

		assertThat(result.summary().designEffect()).isCloseTo(10.0 / 9, within(1e-12));
		assertThat(result.summary().effectiveSize()).isCloseTo(3.6, within(1e-12));
		assertThat(result.summary().max() / result.summary().min()).isCloseTo(2, within(1e-12));
	}

	@Test
	void designWeightsThenRakingMeetTheMargins() {
		List<Respondent> sample = new ArrayList<>();
		for (Respondent r : twoByTwo()) {
			sample.add(new Respondent(r.id(), r.id() % 2 == 0 ? "A" : "B", r.variables(), Map.of(), null, null));
		}
		WeightingPlan plan = WeightingPlan.raking(List.of(counts("sex", "male=50", "female=50"),
				counts("locality_type", "urban=60", "rural=40"))).withDesign(Map.of("A", 3.0, "B", 1.0));

		WeightingResult result = Weighting.apply(sample, plan);

		assertThat(result.converged()).isTrue();
		assertThat(result.margin("sex").rows().get(0).achievedShare()).isCloseTo(0.5, within(1e-6));
		assertThat(result.weights().get(2L) / result.weights().get(1L)).isCloseTo(3, within(1e-9));
	}

	@Test
	void postStratificationMeetsEveryCell() {
		PopulationTargetTable cells = counts("sex|locality_type", "male|urban=30", "male|rural=20", "female|urban=30",
				"female|rural=20");

		WeightingResult result = Weighting.apply(twoByTwo(), WeightingPlan.postStratification(cells));

		assertThat(result.weights().get(1L)).isCloseTo(30.0 / 40, within(1e-12));
		assertThat(result.weights().get(41L)).isCloseTo(20.0 / 20, within(1e-12));
		assertThat(result.weights().get(61L)).isCloseTo(30.0 / 20, within(1e-12));
		assertThat(result.margin("sex|locality_type").withinTolerance()).isTrue();
	}

	@Test
	void trimmingCapsWeightsAndRakesAgain() {
		List<Respondent> sample = new ArrayList<>();
		sample.addAll(times(90, 1, "sex=male", "locality_type=urban"));
		sample.addAll(times(5, 91, "sex=female", "locality_type=urban"));
		sample.addAll(times(5, 96, "sex=female", "locality_type=rural"));
		WeightingPlan plan = WeightingPlan.raking(List.of(counts("sex", "male=50", "female=50"),
				counts("locality_type", "urban=60", "rural=40"))).withTrimming(TrimRule.atMostTimesMean(5));

		WeightingResult result = Weighting.apply(sample, plan);

		assertThat(result.trimming()).isNotNull();
		assertThat(result.summary().max()).isLessThanOrEqualTo(5 * result.summary().mean() * (1 + 1e-9));
		assertThat(result.summary().sum()).isCloseTo(100, within(1e-9));
		// the cap cannot be met with the margins exactly: the shortfall is reported, not hidden
		assertThat(result.converged()).isFalse();
		assertThat(result.margin("locality_type").withinTolerance()).isFalse();
	}

	@Test
	void respondentsMissingAWeightingVariableAreNamedAndCounted() {
		List<Respondent> sample = new ArrayList<>(twoByTwo());
		sample.add(respondent(101, "locality_type=urban"));
		sample.add(respondent(102, "sex=", "locality_type=rural"));

		failsWith(() -> Weighting.apply(sample, WeightingPlan.raking(List.of(counts("sex", "male=1", "female=1"),
				counts("locality_type", "urban=60", "rural=40")))), "polls.analysis.missing-variable", "sex", 2L);
	}

	@Test
	void aMarginCategoryWithoutRespondentsFailsNamingIt() {
		failsWith(() -> Weighting.apply(twoByTwo(), WeightingPlan.raking(List.of(
				counts("locality_type", "urban=60", "rural=30", "camp=10")))), "polls.analysis.empty-category",
				"locality_type", "camp");
	}

	@Test
	void aValueOutsideTheTargetTableFailsNamingItAndCountingIt() {
		failsWith(() -> Weighting.apply(twoByTwo(), WeightingPlan.raking(List.of(counts("locality_type", "urban=60",
				"camp=40")))), "polls.analysis.unknown-category", "locality_type", "rural", 40);
	}

	@Test
	void notConvergingWithinTheCapFailsNamingTheWorstCategory() {
		WeightingPlan plan = WeightingPlan.raking(List.of(counts("sex", "male=50", "female=50"),
				counts("locality_type", "urban=60", "rural=40"))).withConvergence(1e-9, 1);

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Weighting.apply(twoByTwo(), plan))
			.isInstanceOfSatisfying(ps.rasd.shared.InvalidInputException.class, ex -> {
				assertThat(ex.code()).isEqualTo("polls.analysis.not-converged");
				assertThat(ex.arguments()[0]).isEqualTo(1);
				assertThat(ex.arguments()[1]).isEqualTo("sex");
			});
	}

	@Test
	void aStratumWithoutRespondentsAndAnUnknownStratumFail() {
		List<Respondent> sample = List.of(stratum(1, "A"), stratum(2, "A"));
		failsWith(() -> Weighting.apply(sample, WeightingPlan.designOnly(Map.of("A", 1.0, "B", 1.0))),
				"polls.analysis.empty-stratum", "B");
		failsWith(() -> Weighting.apply(List.of(stratum(1, "C")), WeightingPlan.designOnly(Map.of("A", 1.0))),
				"polls.analysis.unknown-stratum", "C", 1);
	}

	@Test
	void aFailureOfTheStatisticsCoreComesWithItsCodeAndArguments() {
		WeightingPlan plan = WeightingPlan.raking(List.of(counts("sex", "male=50", "female=50")))
			.withTrimming(TrimRule.between(10, 20));

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Weighting.apply(twoByTwo(), plan))
			.isInstanceOfSatisfying(ps.rasd.shared.InvalidInputException.class, ex -> {
				assertThat(ex.code()).isEqualTo("polls.trimming.infeasible");
				assertThat(ex.arguments()).startsWith(10.0, 20.0);
				assertThat((Double) ex.arguments()[2]).isCloseTo(1.0, within(1e-9));
			});
	}

	@Test
	void rakingToTheSeedTargetsMeetsTheCensusShares() {
		PopulationTargetTable sex = new ps.rasd.polls.internal.PopulationTargetSeeds().table("sex").orElseThrow();

		WeightingResult result = Weighting.apply(twoByTwo(), WeightingPlan.raking(List.of(sex,
				counts("locality_type", "urban=60", "rural=40"))));

		assertThat(result.margin("sex").rows().get(0).achievedShare()).isCloseTo(2.43 / 4.78, within(1e-6));
		assertThat(result.margin("sex").source()).contains("PCBS");
		assertThat(result.margin("sex").label().ar()).isEqualTo("الجنس");
	}

	@Test
	void entriesWithoutAValueAreLeftOut() {
		Map<String, String> variables = new java.util.HashMap<>();
		variables.put("sex", null);
		variables.put("locality_type", "urban");

		Respondent respondent = new Respondent(1, null, variables, null, null, null);

		assertThat(respondent.variable("sex")).isNull();
		assertThat(respondent.variables()).containsOnlyKeys("locality_type");
	}

	@Test
	void noRespondentsFail() {
		failsWith(() -> Weighting.apply(List.of(), WeightingPlan.designOnly(Map.of("A", 1.0))), "polls.data.empty");
	}

	private static Respondent stratum(long id, String stratum) {
		return new Respondent(id, stratum, Map.of(), Map.of(), null, null);
	}
}
