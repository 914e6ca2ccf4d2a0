package ps.rasd.polls.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RakingTests {

	private static final RakingOptions TIGHT = new RakingOptions(1e-9, 1000, true);

	/*
	 * 100 respondents, sex (M, F) by age (young, old):
	 *
	 *            young  old | total        targets: sex 50 / 50, age 50 / 50
	 *      M       30    20 |   50
	 *      F       10    40 |   50
	 *      total   40    60 |  100
	 *
	 * Sweep 1: sex already fits (factors 1, 1); age: young x 50/40 = 1.25, old x 50/60 = 0.8333.
	 *   Cells: M-young 37.5, M-old 16.667, F-young 12.5, F-old 33.333; sex totals now 54.167 / 45.833.
	 * Sweep 2: sex factors 50/54.167 = 0.9231 and 50/45.833 = 1.0909, and so on.
	 *
	 * The limit, by hand: IPF keeps the odds ratio of the starting table, (30 x 40) / (20 x 10) = 6. With all margins
	 * 50 the fitted table is [[x, 50-x], [50-x, x]] with x^2 / (50-x)^2 = 6, so x = 50 sqrt6 / (1 + sqrt6) = 35.50510.
	 * Weights: M-young x/30 = 1.183503, M-old (50-x)/20 = 0.724745, F-young (50-x)/10 = 1.449490, F-old x/40 = 0.887628.
	 */
	@Test
	void rakesATwoByTwoTableToTheWeightsWorkedOutByHand() {
		int[][] people = PollFixtures.respondents(new int[][] { { 30, 20 }, { 10, 40 } });
		List<Margin> margins = List.of(new Margin("sex", people[0], new double[] { 50, 50 }),
				new Margin("age", people[1], new double[] { 50, 50 }));

		RakingResult result = Raking.rake(PollFixtures.ones(100), margins, TIGHT);

		assertThat(result.converged()).isTrue();
		assertThat(result.maxDeviation()).isLessThanOrEqualTo(1e-9);
		assertThat(result.weights()[0]).isCloseTo(1.183503419, within(1e-7));
		assertThat(result.weights()[30]).isCloseTo(0.724744871, within(1e-7));
		assertThat(result.weights()[50]).isCloseTo(1.449489743, within(1e-7));
		assertThat(result.weights()[60]).isCloseTo(0.887627564, within(1e-7));
		assertMarginsMet(result.weights(), margins, 1e-9);
	}

	@Test
	void theFirstSweepIsTheOneWorkedOutByHand() {
		int[][] people = PollFixtures.respondents(new int[][] { { 30, 20 }, { 10, 40 } });
		List<Margin> margins = List.of(new Margin("sex", people[0], new double[] { 50, 50 }),
				new Margin("age", people[1], new double[] { 50, 50 }));

		RakingResult result = Raking.rake(PollFixtures.ones(100), margins, new RakingOptions(1e-9, 1, false));

		assertThat(result.converged()).isFalse();
		assertThat(result.iterations()).isEqualTo(1);
		assertThat(result.weights()[0]).isCloseTo(1.25, within(1e-12));
		assertThat(result.weights()[30]).isCloseTo(50.0 / 60, within(1e-12));
		// Worst after one sweep: M, 54.167 against 50, i.e. 4.1667 / 50.
		assertThat(result.maxDeviation()).isCloseTo((37.5 + 20 * 50.0 / 60 - 50) / 50, within(1e-12));
	}

	/*
	 * The same sample raked to unequal targets: sex 60 / 40, age 30 / 70. The fitted table keeps odds ratio 6:
	 * [[a, 60-a], [30-a, 10+a]] with a (10+a) = 6 (60-a)(30-a), i.e. a^2 - 110 a + 2160 = 0,
	 * a = (110 - sqrt(3460)) / 2 = 25.589118 (the other root is above 30).
	 * Weights: a/30 = 0.852971, (60-a)/20 = 1.720544, (30-a)/10 = 0.441088, (10+a)/40 = 0.889728.
	 */
	@Test
	void rakesToUnequalTargetsAsSolvedByHand() {
		int[][] people = PollFixtures.respondents(new int[][] { { 30, 20 }, { 10, 40 } });
		List<Margin> margins = List.of(new Margin("sex", people[0], new double[] { 60, 40 }),
				new Margin("age", people[1], new double[] { 30, 70 }));

		double[] w = Raking.rake(PollFixtures.ones(100), margins, TIGHT).weights();

		assertThat(w[0]).isCloseTo(0.852970589, within(1e-7));
		assertThat(w[30]).isCloseTo(1.720544117, within(1e-7));
		assertThat(w[50]).isCloseTo(0.441088234, within(1e-7));
		assertThat(w[60]).isCloseTo(0.889727942, within(1e-7));
	}

	@Test
	void meetsFourMarginsGivenAsSharesWithinTheTolerance() {
		Random random = new Random(7);
		int n = 5_000;
		double[] start = new double[n];
		for (int i = 0; i < n; i++) {
			start[i] = 0.5 + random.nextDouble();
		}
		List<Margin> margins = List.of(
				Margin.ofShares("sex", PollFixtures.categories(random, n, 0.6, 0.4), new double[] { 0.5, 0.5 }, 3e6),
				Margin.ofShares("age", PollFixtures.categories(random, n, 0.2, 0.3, 0.5),
						new double[] { 0.35, 0.40, 0.25 }, 3e6),
				Margin.ofShares("region", PollFixtures.categories(random, n, 1, 1, 1, 1, 1),
						new double[] { 0.3, 0.1, 0.2, 0.25, 0.15 }, 3e6),
				Margin.ofShares("locality", PollFixtures.categories(random, n, 0.7, 0.2, 0.1),
						new double[] { 0.5, 0.3, 0.2 }, 3e6));
		RakingOptions options = new RakingOptions(1e-6, 100, true);

		RakingResult result = Raking.rake(start, margins, options);

		assertThat(result.converged()).isTrue();
		assertThat(result.iterations()).isGreaterThan(1);
		assertMarginsMet(result.weights(), margins, 1e-6);
	}

	@Test
	void aCategoryWithAZeroTargetEndsWithNoWeight() {
		int[][] people = PollFixtures.respondents(new int[][] { { 30, 20 }, { 10, 40 } });
		List<Margin> margins = List.of(new Margin("sex", people[0], new double[] { 100, 0 }),
				new Margin("age", people[1], new double[] { 50, 50 }));

		double[] w = Raking.rake(PollFixtures.ones(100), margins, TIGHT).weights();

		// Only men remain: 30 young share 50 (5/3 each), 20 old share 50 (2.5 each).
		assertThat(w[0]).isCloseTo(5.0 / 3, within(1e-9));
		assertThat(w[30]).isCloseTo(2.5, within(1e-9));
		assertThat(w[50]).isZero();
	}

	@Test
	void marginTotalsThatAgreeWithinATenthOfAPercentAreScaledToTheFirst() {
		int[][] people = PollFixtures.respondents(new int[][] { { 30, 20 }, { 10, 40 } });
		List<Margin> margins = List.of(new Margin("sex", people[0], new double[] { 50, 50 }),
				new Margin("age", people[1], new double[] { 50.04, 50.04 }));

		double[] w = Raking.rake(PollFixtures.ones(100), margins, TIGHT).weights();

		assertThat(Arrays.stream(w).sum()).isCloseTo(100, within(1e-7));
		assertThat(w[0]).isCloseTo(1.183503419, within(1e-7));
	}

	static void assertMarginsMet(double[] weights, List<Margin> margins, double tolerance) {
		for (Margin margin : margins) {
			double[] totals = new double[margin.categories()];
			for (int i = 0; i < weights.length; i++) {
				totals[margin.codes()[i]] += weights[i];
			}
			for (int c = 0; c < totals.length; c++) {
				double target = margin.targets()[c];
				assertThat(Math.abs(totals[c] - target) / target).as("%s category %d", margin.variable(), c)
					.isLessThanOrEqualTo(tolerance);
			}
		}
	}
}
