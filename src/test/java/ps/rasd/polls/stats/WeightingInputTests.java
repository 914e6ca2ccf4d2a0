package ps.rasd.polls.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import ps.rasd.shared.DomainException;

/** Bad input to weighting: each case fails with its own code and arguments that name what is wrong. */
class WeightingInputTests {

	private static final int[] SEX = { 0, 0, 1, 1 };

	private static final int[] AGE = { 0, 1, 0, 1 };

	@Test
	void aMarginCategoryWithATargetButNoRespondent() {
		List<Margin> margins = List.of(new Margin("sex", SEX, new double[] { 50, 50 }),
				new Margin("age", new int[] { 0, 0, 0, 0 }, new double[] { 50, 50 }));

		assertFails(() -> Raking.rake(PollFixtures.ones(4), margins, RakingOptions.defaults()),
				"polls.weighting.empty-category", "age", 1);
	}

	@Test
	void marginsWhoseTotalsDisagree() {
		List<Margin> margins = List.of(new Margin("sex", SEX, new double[] { 50, 50 }),
				new Margin("age", AGE, new double[] { 60, 60 }));

		assertFails(() -> Raking.rake(PollFixtures.ones(4), margins, RakingOptions.defaults()),
				"polls.weighting.targets-inconsistent", "sex", 100.0, "age", 120.0);
	}

	/*
	 * Only young men and old women answered, so the weighted share of men always equals that of the young: sex 40 / 60
	 * and age 30 / 70 cannot both hold. After each sweep age fits, so men weigh 30 against 40 (25 % off) and women 70
	 * against 60 (16.7 % off): the worst is sex, category 0.
	 */
	@Test
	void targetsThatCannotBeMetTogetherDoNotConverge() {
		int[][] people = PollFixtures.respondents(new int[][] { { 30, 0 }, { 0, 40 } });
		List<Margin> margins = List.of(new Margin("sex", people[0], new double[] { 40, 60 }),
				new Margin("age", people[1], new double[] { 30, 70 }));

		assertThatExceptionOfType(DomainException.class)
			.isThrownBy(() -> Raking.rake(PollFixtures.ones(70), margins, new RakingOptions(1e-6, 50, true)))
			.satisfies(e -> {
				assertThat(e.code()).isEqualTo("polls.weighting.not-converged");
				assertThat(e.arguments()).startsWith(50, "sex", 0);
				assertThat((double) e.arguments()[3]).isCloseTo(0.25, within(1e-12));
			});
	}

	@Test
	void noMargins() {
		assertFails(() -> Raking.rake(PollFixtures.ones(4), List.of(), RakingOptions.defaults()),
				"polls.weighting.no-margins");
	}

	@Test
	void aRespondentWithoutACategoryOfAWeightingVariable() {
		List<Margin> margins = List.of(new Margin("sex", new int[] { 0, -1, 1, 1 }, new double[] { 50, 50 }));

		assertFails(() -> Raking.rake(PollFixtures.ones(4), margins, RakingOptions.defaults()),
				"polls.weighting.missing-category", "sex", 2);
	}

	@Test
	void aCategoryCodeBeyondTheTargets() {
		List<Margin> margins = List.of(new Margin("sex", new int[] { 0, 2, 1, 1 }, new double[] { 50, 50 }));

		assertFails(() -> Raking.rake(PollFixtures.ones(4), margins, RakingOptions.defaults()),
				"polls.weighting.unknown-category", "sex", 2, 2);
	}

	@Test
	void codesAndWeightsOfDifferentLengths() {
		List<Margin> margins = List.of(new Margin("sex", new int[] { 0, 1, 1 }, new double[] { 50, 50 }));

		assertFails(() -> Raking.rake(PollFixtures.ones(4), margins, RakingOptions.defaults()),
				"polls.data.length-mismatch", "sex", 4, 3);
	}

	@Test
	void noRespondents() {
		List<Margin> margins = List.of(new Margin("sex", new int[0], new double[] { 50, 50 }));

		assertFails(() -> Raking.rake(new double[0], margins, RakingOptions.defaults()), "polls.data.empty");
	}

	@Test
	void aNegativeWeight() {
		assertFails(() -> WeightSummary.of(new double[] { 1, 2, -0.5 }), "polls.weights.negative", 3, -0.5);
	}

	@Test
	void aWeightThatIsNotANumber() {
		assertFails(() -> WeightSummary.of(new double[] { 1, Double.NaN }), "polls.weights.invalid", 2);
	}

	@Test
	void weightsThatAreAllZero() {
		assertFails(() -> WeightSummary.of(new double[] { 0, 0 }), "polls.weights.zero-total");
	}

	@Test
	void aNegativeTarget() {
		assertFails(() -> new Margin("sex", SEX, new double[] { 50, -1 }), "polls.weighting.invalid-target", "sex", 1,
				-1.0);
	}

	@Test
	void targetsThatAreAllZero() {
		assertFails(() -> new Margin("sex", SEX, new double[] { 0, 0 }), "polls.weighting.zero-targets", "sex");
	}

	@Test
	void sharesThatDoNotSumToOne() {
		assertFails(() -> Margin.ofShares("age", AGE, new double[] { 0.5, 0.4 }, 1000), "polls.weighting.shares-sum",
				"age", 0.9);
	}

	@Test
	void aPostStratificationCellWithATargetButNoRespondent() {
		Margin cells = new Margin("sex_age", new int[] { 0, 0, 2, 2 }, new double[] { 10, 20, 30 });

		assertFails(() -> PostStratification.apply(PollFixtures.ones(4), cells), "polls.weighting.empty-cell",
				"sex_age", 1);
	}

	@Test
	void aStratumWithPopulationButNoRespondent() {
		Margin strata = new Margin("governorate", new int[] { 0, 0, 1 }, new double[] { 10, 20, 30 });

		assertFails(() -> DesignWeights.of(strata), "polls.weighting.empty-stratum", "governorate", 2);
	}

	@Test
	void impossibleRakingOptions() {
		assertFails(() -> new RakingOptions(0, 10, true), "polls.weighting.invalid-tolerance", 0.0);
		assertFails(() -> new RakingOptions(1e-6, 0, true), "polls.weighting.invalid-iterations", 0);
	}

	@Test
	void trimmingBoundsThatCannotKeepTheTotal() {
		assertFails(() -> TrimRule.atMostTimesMean(0.8), "polls.trimming.invalid-bounds", 0.0, 0.8);
		// Four weights of total 20 cannot all be at most 4.
		assertFails(() -> Trimming.trim(new double[] { 5, 5, 5, 5 }, TrimRule.between(1, 4)),
				"polls.trimming.infeasible", 1.0, 4.0, 5.0);
	}

	static void assertFails(ThrowingCallable call, String code, Object... arguments) {
		assertThatExceptionOfType(DomainException.class).isThrownBy(call).satisfies(e -> {
			assertThat(e.code()).isEqualTo(code);
			assertThat(e.arguments()).containsExactly(arguments);
		});
	}
}
