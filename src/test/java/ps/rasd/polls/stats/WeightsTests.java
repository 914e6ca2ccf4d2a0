package ps.rasd.polls.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class WeightsTests {

	/*
	 * Two strata of 1,000 and 3,000 people; 4 respondents in the first and 6 in the second.
	 * N_h / n_h: 1000 / 4 = 250 and 3000 / 6 = 500.
	 */
	@Test
	void designWeightsArePopulationOverRespondentsOfEachStratum() {
		int[] strata = { 0, 1, 0, 1, 1, 0, 1, 1, 0, 1 };

		double[] w = DesignWeights.of(new Margin("stratum", strata, new double[] { 1000, 3000 }));

		assertThat(w).containsExactly(new double[] { 250, 500, 250, 500, 500, 250, 500, 500, 250, 500 },
				within(1e-12));
	}

	/*
	 * Weights {1, 1, 2, 2, 4} in cells {A, A, B, B, B}; targets A = 30, B = 70.
	 * Cell A weighs 2, so its factor is 30 / 2 = 15: weights 15, 15.
	 * Cell B weighs 8, so its factor is 70 / 8 = 8.75: weights 17.5, 17.5, 35. Total 100.
	 */
	@Test
	void postStratificationScalesEachCellToItsTarget() {
		double[] w = PostStratification.apply(new double[] { 1, 1, 2, 2, 4 },
				new Margin("sex_age", new int[] { 0, 0, 1, 1, 1 }, new double[] { 30, 70 }));

		assertThat(w).containsExactly(new double[] { 15, 15, 17.5, 17.5, 35 }, within(1e-12));
	}

	/*
	 * Kish's design effect for weights {1, 1, 2, 2, 4}:
	 * n = 5, sum w = 10, sum w^2 = 1 + 1 + 4 + 4 + 16 = 26.
	 * deff = n sum w^2 / (sum w)^2 = 5 x 26 / 100 = 1.3.
	 * Check by CV: mean 2, variance (divisor n) = (1 + 1 + 0 + 0 + 4) / 5 = 1.2, CV^2 = 1.2 / 4 = 0.3, 1 + CV^2 = 1.3.
	 * nEff = (sum w)^2 / sum w^2 = 100 / 26 = 3.846154.
	 * Largest margin of error at 95 %: 1.96 sqrt(1.3 x 0.25 / 5) = 1.96 x 0.254951 = 0.499694.
	 */
	@Test
	void summarizesWeightsWithKishDesignEffect() {
		WeightSummary summary = WeightSummary.of(new double[] { 1, 1, 2, 2, 4 });

		assertThat(summary.n()).isEqualTo(5);
		assertThat(summary.sum()).isEqualTo(10);
		assertThat(summary.min()).isEqualTo(1);
		assertThat(summary.max()).isEqualTo(4);
		assertThat(summary.mean()).isEqualTo(2);
		assertThat(summary.cv()).isCloseTo(Math.sqrt(0.3), within(1e-12));
		assertThat(summary.designEffect()).isCloseTo(1.3, within(1e-12));
		assertThat(summary.effectiveSize()).isCloseTo(100.0 / 26, within(1e-12));
		assertThat(summary.maximumMarginOfError()).isCloseTo(0.4997, within(1e-4));
	}

	@Test
	void equalWeightsHaveNoDesignEffect() {
		WeightSummary summary = WeightSummary.of(new double[] { 3, 3, 3, 3 });

		assertThat(summary.designEffect()).isCloseTo(1, within(1e-12));
		assertThat(summary.effectiveSize()).isCloseTo(4, within(1e-12));
		assertThat(summary.cv()).isZero();
	}

	/*
	 * Weights {1, 1, 1, 1, 6}: total 10, mean 2, cap 2 x mean = 4.
	 * 6 becomes 4; the other four (total 4) take the remaining 6, a factor 1.5: {1.5, 1.5, 1.5, 1.5, 4}.
	 */
	@Test
	void trimsAWeightAboveTwiceTheMeanAndKeepsTheTotal() {
		TrimResult result = Trimming.trim(new double[] { 1, 1, 1, 1, 6 }, TrimRule.atMostTimesMean(2));

		assertThat(result.weights()).containsExactly(new double[] { 1.5, 1.5, 1.5, 1.5, 4 }, within(1e-12));
		assertThat(result.trimmed()).isEqualTo(1);
		assertThat(result.upper()).isEqualTo(4);
	}

	/*
	 * Weights {1, 1, 5, 13}: total 20, mean 5, cap 1.5 x mean = 7.5.
	 * Round 1: 13 becomes 7.5; the others (total 7) take 12.5, a factor 12.5 / 7: 5 becomes 8.93, above the cap.
	 * Round 2: 8.93 becomes 7.5; the two smallest (total 2 x 12.5 / 7 = 3.571) take 5, a factor 1.4: each becomes 2.5.
	 * Result {2.5, 2.5, 7.5, 7.5}, total 20.
	 */
	@Test
	void trimsAgainWhenSpreadingPushesAnotherWeightPastTheCap() {
		TrimResult result = Trimming.trim(new double[] { 1, 1, 5, 13 }, TrimRule.atMostTimesMean(1.5));

		assertThat(result.weights()).containsExactly(new double[] { 2.5, 2.5, 7.5, 7.5 }, within(1e-12));
		assertThat(result.trimmed()).isEqualTo(2);
		// The two smallest went from 1 to 2.5.
		assertThat(result.factor()).isCloseTo(2.5, within(1e-12));
	}

	/*
	 * Weights {0.5, 2, 2, 3.5} between absolute bounds 1 and 3: total 8.
	 * 0.5 becomes 1 and 3.5 becomes 3 (fixed total 4); the two free weights (total 4) take 4: unchanged.
	 */
	@Test
	void trimsToAbsoluteBoundsOnBothSides() {
		TrimResult result = Trimming.trim(new double[] { 0.5, 2, 2, 3.5 }, TrimRule.between(1, 3));

		assertThat(result.weights()).containsExactly(new double[] { 1, 2, 2, 3 }, within(1e-12));
		assertThat(result.trimmed()).isEqualTo(2);
	}

	/*
	 * Weights {1, 1, 10} between absolute bounds 2 and 5: total 12. Capping all three at once (2, 2, 5) leaves 9, and
	 * no weight is free to take the rest. The small weights must rise together: 10 stays at 5 and the two others share
	 * 12 - 5 = 7, i.e. 3.5 each (factor 3.5), which lies within [2, 5].
	 */
	@Test
	void keepsTheTotalWhenBothBoundsBite() {
		TrimResult result = Trimming.trim(new double[] { 1, 1, 10 }, TrimRule.between(2, 5));

		assertThat(result.weights()).containsExactly(new double[] { 3.5, 3.5, 5 }, within(1e-12));
		assertThat(result.trimmed()).isEqualTo(1);
	}

	@Test
	void leavesZeroWeightsAloneAndKeepsTheTotalOfManyWeights() {
		Random random = new Random(3);
		double[] weights = new double[10_000];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = i % 100 == 0 ? 0 : Math.exp(random.nextGaussian());
		}
		double total = Arrays.stream(weights).sum();

		TrimResult result = Trimming.trim(weights, TrimRule.betweenTimesMean(0.3, 3));

		assertThat(Arrays.stream(result.weights()).sum()).isCloseTo(total, within(1e-9 * total));
		assertThat(result.weights()[0]).isZero();
		assertThat(Arrays.stream(result.weights()).filter(w -> w > 0).min().orElseThrow())
			.isGreaterThanOrEqualTo(result.lower() * (1 - 1e-12));
		assertThat(Arrays.stream(result.weights()).max().orElseThrow())
			.isLessThanOrEqualTo(result.upper() * (1 + 1e-12));
		assertThat(result.trimmed()).isPositive();
	}
}
