package ps.rasd.polls.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static ps.rasd.polls.stats.WeightingInputTests.assertFails;

import org.junit.jupiter.api.Test;

class EstimatesTests {

	private static final double[] WEIGHTS = { 1, 1, 2, 2, 4 };

	/** Category 1 is yes: respondents 1, 3 and 5 said yes. */
	private static final int[] YES_NO = { 1, 0, 1, 0, 1 };

	/*
	 * Weights {1, 1, 2, 2, 4}, answers {yes, no, yes, no, yes}. W = 10, yes weighs 1 + 2 + 4 = 7: p = 0.7.
	 * Linearized values u = w (y - p) / W: 0.03, -0.07, 0.06, -0.14, 0.12 (they sum to 0).
	 * sum u^2 = 0.0009 + 0.0049 + 0.0036 + 0.0196 + 0.0144 = 0.0434.
	 * var = n / (n - 1) sum u^2 = 5/4 x 0.0434 = 0.05425; SE = 0.232917. Margin of error 1.96 x SE = 0.456508.
	 * Kish: deff = 1.3 (see WeightsTests), SE = sqrt(1.3 x 0.7 x 0.3 / 5) = sqrt(0.0546) = 0.233666.
	 * Design effect of the estimate: 0.05425 / (0.21 / 4) = 1.033333; effective n* = 5 / 1.033333 = 4.838710.
	 * Wilson at z = 1.96 on n* = 4.838710: centre (p + z^2/2n*) / (1 + z^2/n*) = 1.096967 / 1.793907 = 0.611489,
	 * half-width z sqrt(p(1-p)/n* + z^2/4n*^2) / (1 + z^2/n*) = 0.317445: [0.294044, 0.928933].
	 */
	@Test
	void weightedProportionWithItsLinearizationStandardError() {
		ProportionEstimates estimates = Estimates.proportions(Sample.of(WEIGHTS), new Categorical("q1", YES_NO, 2));
		Proportion yes = estimates.of(1);

		assertThat(yes.estimate()).isCloseTo(0.7, within(1e-12));
		assertThat(yes.count()).isEqualTo(3);
		assertThat(yes.weightedCount()).isEqualTo(7);
		assertThat(yes.standardError()).isCloseTo(Math.sqrt(0.05425), within(1e-12));
		assertThat(yes.kishStandardError()).isCloseTo(Math.sqrt(0.0546), within(1e-12));
		assertThat(yes.designEffect()).isCloseTo(0.05425 / 0.0525, within(1e-12));
		assertThat(yes.marginOfError()).isCloseTo(0.456508, within(1e-6));
		assertThat(yes.lower()).isCloseTo(0.294044, within(1e-6));
		assertThat(yes.upper()).isCloseTo(0.928933, within(1e-6));
		// The complement has the same standard error.
		assertThat(estimates.of(0).estimate()).isCloseTo(0.3, within(1e-12));
		assertThat(estimates.of(0).standardError()).isCloseTo(yes.standardError(), within(1e-12));
		assertThat(estimates.base()).isEqualTo(5);
		assertThat(estimates.weightedBase()).isEqualTo(10);
		assertThat(estimates.effectiveBase()).isCloseTo(100.0 / 26, within(1e-12));
		assertThat(estimates.designEffect()).isCloseTo(1.3, within(1e-12));
		assertThat(estimates.smallBase()).isTrue();
	}

	/*
	 * The same answers with strata {A, A, B, B, B}.
	 * Stratum A: u = 0.03, -0.07, mean -0.02, squared deviations 0.0025 + 0.0025 = 0.005, x 2/1 = 0.01.
	 * Stratum B: u = 0.06, -0.14, 0.12, sum 0.04; sum u^2 - (sum u)^2 / 3 = 0.0376 - 0.000533 = 0.037067, x 3/2 = 0.0556.
	 * var = 0.01 + 0.0556 = 0.0656; SE = 0.256125.
	 */
	@Test
	void strataEnterTheStandardError() {
		Sample sample = Sample.stratified(WEIGHTS, new int[] { 0, 0, 1, 1, 1 });

		Proportion yes = Estimates.proportions(sample, new Categorical("q1", YES_NO, 2)).of(1);

		assertThat(yes.estimate()).isCloseTo(0.7, within(1e-12));
		assertThat(yes.standardError()).isCloseTo(Math.sqrt(0.0656), within(1e-12));
	}

	/*
	 * Unweighted, 4 yes out of 10: with w = 1 the linearized values are (y - p) / n, so
	 * var = n / (n - 1) x n p (1 - p) / n^2 = p (1 - p) / (n - 1) = 0.24 / 9: SE = 0.163299, the textbook unbiased
	 * estimator. The Kish figure has no n - 1: sqrt(0.24 / 10) = 0.154919. The design effect is exactly 1, so the
	 * interval is the textbook Wilson interval for 4 / 10: [0.1682, 0.6873].
	 */
	@Test
	void withoutWeightsTheStandardErrorIsTheSimpleRandomSampleOne() {
		int[] answers = { 1, 1, 1, 1, 0, 0, 0, 0, 0, 0 };

		Proportion yes = Estimates.proportions(Sample.of(PollFixtures.ones(10)), new Categorical("q1", answers, 2))
			.of(1);

		assertThat(yes.standardError()).isCloseTo(Math.sqrt(0.24 / 9), within(1e-12));
		assertThat(yes.kishStandardError()).isCloseTo(Math.sqrt(0.24 / 10), within(1e-12));
		assertThat(yes.designEffect()).isCloseTo(1, within(1e-12));
		assertThat(yes.lower()).isCloseTo(0.1682, within(1e-4));
		assertThat(yes.upper()).isCloseTo(0.6873, within(1e-4));
	}

	/* Wilson for 5 / 10 is [0.2366, 0.7634]; for 0 / 10 it is [0, z^2 / (n + z^2)] = [0, 3.8415 / 13.8415] = [0, 0.2775]. */
	@Test
	void confidenceIntervalsStayWithinZeroAndOne() {
		Sample sample = Sample.of(PollFixtures.ones(10));

		ProportionEstimates half = Estimates.proportions(sample,
				new Categorical("q1", new int[] { 1, 1, 1, 1, 1, 0, 0, 0, 0, 0 }, 2));
		ProportionEstimates none = Estimates.proportions(sample, new Categorical("q2", new int[10], 2));

		assertThat(half.of(1).lower()).isCloseTo(0.2366, within(1e-4));
		assertThat(half.of(1).upper()).isCloseTo(0.7634, within(1e-4));
		assertThat(none.of(1).estimate()).isZero();
		assertThat(none.of(1).standardError()).isZero();
		assertThat(none.of(1).lower()).isZero();
		assertThat(none.of(1).upper()).isCloseTo(0.2775, within(1e-4));
		assertThat(none.of(0).lower()).isCloseTo(1 - 0.2775, within(1e-4));
		assertThat(none.of(0).upper()).isEqualTo(1);
	}

	/*
	 * A sixth respondent who did not answer is out of the base (5 answered) and the estimate is unchanged, but stays in
	 * the sample with u = 0 (domain estimation): var = 6/5 x 0.0434 = 0.05208, SE = 0.228210.
	 */
	@Test
	void missingAnswersAreLeftOutOfTheBase() {
		Sample sample = Sample.of(new double[] { 1, 1, 2, 2, 4, 3 });

		ProportionEstimates estimates = Estimates.proportions(sample,
				new Categorical("q1", new int[] { 1, 0, 1, 0, 1, -1 }, 2));

		assertThat(estimates.base()).isEqualTo(5);
		assertThat(estimates.missing()).isEqualTo(1);
		assertThat(estimates.weightedBase()).isEqualTo(10);
		assertThat(estimates.of(1).estimate()).isCloseTo(0.7, within(1e-12));
		assertThat(estimates.of(1).standardError()).isCloseTo(Math.sqrt(0.05208), within(1e-12));
	}

	/*
	 * Answers {2, 4, 6, 8, 10} with weights {1, 1, 2, 2, 4}: mean = (2 + 4 + 12 + 16 + 40) / 10 = 7.4.
	 * u = w (y - 7.4) / 10: -0.54, -0.34, -0.28, 0.12, 1.04; sum u^2 = 1.5816; var = 5/4 x 1.5816 = 1.977,
	 * SE = 1.406058. Weighted variance s^2 = (29.16 + 11.56 + 2 x 1.96 + 2 x 0.36 + 4 x 6.76) / 10 = 7.24;
	 * Kish SE = sqrt(1.3 x 7.24 / 5) = 1.372006.
	 */
	@Test
	void weightedMeanWithItsStandardError() {
		MeanEstimate mean = Estimates.mean(Sample.of(WEIGHTS), new Numeric("age", new double[] { 2, 4, 6, 8, 10 }));

		assertThat(mean.estimate()).isCloseTo(7.4, within(1e-12));
		assertThat(mean.standardError()).isCloseTo(Math.sqrt(1.977), within(1e-12));
		assertThat(mean.kishStandardError()).isCloseTo(Math.sqrt(1.3 * 7.24 / 5), within(1e-12));
		assertThat(mean.lower()).isCloseTo(7.4 - 1.959964 * Math.sqrt(1.977), within(1e-5));
		assertThat(mean.upper()).isCloseTo(7.4 + 1.959964 * Math.sqrt(1.977), within(1e-5));
		assertThat(mean.base()).isEqualTo(5);
	}

	/* Unweighted {2, 4, 6, 8, 10}: s^2 = 40 / 4 = 10, so the SE of the mean is sqrt(10 / 5) = sqrt 2. */
	@Test
	void withoutWeightsTheStandardErrorOfTheMeanIsSOverRootN() {
		MeanEstimate mean = Estimates.mean(Sample.of(PollFixtures.ones(6)),
				new Numeric("age", new double[] { 2, 4, Double.NaN, 6, 8, 10 }));

		assertThat(mean.estimate()).isCloseTo(6, within(1e-12));
		assertThat(mean.base()).isEqualTo(5);
		assertThat(mean.missing()).isEqualTo(1);
		// The non-answerer stays in the sample with u = 0: factor 6/5 instead of 5/4 on sum u^2 = 40 / 25.
		assertThat(mean.standardError()).isCloseTo(Math.sqrt(6.0 / 5 * 40 / 25), within(1e-12));
	}

	@Test
	void aLargeUnweightedBaseIsNotSmall() {
		int[] answers = new int[100];
		answers[0] = 1;

		ProportionEstimates estimates = Estimates.proportions(Sample.of(PollFixtures.ones(100)),
				new Categorical("q1", answers, 2));

		assertThat(estimates.effectiveBase()).isCloseTo(100, within(1e-9));
		assertThat(estimates.smallBase()).isFalse();
	}

	@Test
	void aQuestionWithoutAnswers() {
		assertFails(() -> Estimates.proportions(Sample.of(WEIGHTS), new Categorical("q7", new int[] { -1, -1, -1, -1, -1 }, 3)),
				"polls.estimates.no-answers", "q7");
		assertFails(() -> Estimates.mean(Sample.of(new double[] { 1, 2 }), new Numeric("age", new double[] { Double.NaN, Double.NaN })),
				"polls.estimates.no-answers", "age");
	}

	@Test
	void anAnswerOutsideTheCategories() {
		assertFails(() -> Estimates.proportions(Sample.of(WEIGHTS), new Categorical("q1", new int[] { 0, 1, 2, 1, 0 }, 2)),
				"polls.estimates.unknown-category", "q1", 3, 2);
	}

	@Test
	void answersAndWeightsOfDifferentLengths() {
		assertFails(() -> Estimates.proportions(Sample.of(WEIGHTS), new Categorical("q1", new int[] { 0, 1 }, 2)),
				"polls.data.length-mismatch", "q1", 5, 2);
		assertFails(() -> Sample.stratified(WEIGHTS, new int[] { 0, 1 }), "polls.data.length-mismatch", "strata", 5,
				2);
	}

	@Test
	void otherBadInput() {
		assertFails(() -> new Categorical("q1", new int[0], 0), "polls.estimates.no-categories", "q1");
		assertFails(() -> Sample.stratified(WEIGHTS, new int[] { 0, 0, -2, 1, 1 }), "polls.data.invalid-stratum", 3,
				-2);
		assertFails(() -> Estimates.mean(Sample.of(new double[] { 1, 2 }), new Numeric("age", new double[] { 1, Double.POSITIVE_INFINITY })),
				"polls.estimates.invalid-value", "age", 2);
		assertFails(() -> Sample.of(new double[0]), "polls.data.empty");
	}
}
