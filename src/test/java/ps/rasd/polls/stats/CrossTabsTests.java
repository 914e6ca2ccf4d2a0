package ps.rasd.polls.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static ps.rasd.polls.stats.WeightingInputTests.assertFails;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CrossTabsTests {

	/*
	 * 100 respondents, equal weights:      col 0  col 1
	 *                              row 0     20     30    | 50
	 *                              row 1     30     20    | 50
	 * Expected counts are all 25, so Pearson X^2 = 4 x 5^2 / 25 = 4.0 with 1 degree of freedom.
	 * With equal weights and no strata every design effect is 1: delta = (3 - 1 - 1) / 1 = 1, Rao-Scott = Pearson.
	 * p-value: P(chi2_1 > 4) = P(|Z| > 2) = 2 (1 - 0.97725) = 0.0455.
	 */
	@Test
	void withEqualWeightsRaoScottIsPearson() {
		int[][] people = PollFixtures.respondents(new int[][] { { 20, 30 }, { 30, 20 } });
		Sample sample = Sample.of(PollFixtures.ones(100));

		CrossTab table = CrossTabs.tabulate(sample, new Categorical("sex", people[0], 2),
				new Categorical("q1", people[1], 2));

		IndependenceTest test = table.test();
		assertThat(test.pearson()).isCloseTo(4.0, within(1e-9));
		assertThat(test.designCorrection()).isCloseTo(1.0, within(1e-9));
		assertThat(test.raoScott()).isCloseTo(4.0, within(1e-9));
		assertThat(test.degreesOfFreedom()).isEqualTo(1);
		assertThat(test.pValue()).isCloseTo(0.0455, within(1e-4));
		assertThat(test.pearsonPValue()).isCloseTo(test.pValue(), within(1e-12));
		assertThat(table.rowPercent(0, 0)).isCloseTo(40, within(1e-9));
		assertThat(table.columnPercent(0, 1)).isCloseTo(60, within(1e-9));
		assertThat(table.totalPercent(1, 1)).isCloseTo(20, within(1e-9));
		assertThat(table.rowCounts()).containsExactly(50, 50);
		assertThat(table.columnTotals()).containsExactly(50, 50);
		assertThat(table.count()).isEqualTo(100);
	}

	/*
	 * 8 respondents (row, column, weight): (A,1,1) (A,1,2) (A,2,1) (A,2,3) (B,1,2) (B,1,1) (B,2,1) (B,2,1).
	 * W = 12, n = 8, sum w^2 = 22. Cells: A1 = 3/12 = 1/4, A2 = 4/12 = 1/3, B1 = 1/4, B2 = 2/12 = 1/6.
	 * Rows A = 7/12, B = 5/12; columns 1/2, 1/2. Expected: A1 = A2 = 7/24, B1 = B2 = 5/24.
	 * Pearson: 8 x [2 x (1/24)^2 / (7/24) + 2 x (1/24)^2 / (5/24)] = 8 x (1/84 + 1/60) = 8 x 0.0285714 = 0.228571.
	 *
	 * Design effect of a proportion p = linearization variance / (p (1 - p) / (n - 1)), with
	 * var = n / (n - 1) x S / W^2 and S = sum w^2 (y - p)^2 = Q_k (1 - 2p) + 22 p^2 (Q_k = sum w^2 in the category),
	 * so deff = S / (18 p (1 - p)) here (8 / 144 = 1 / 18).
	 *   A1: Q = 1 + 4 = 5,  S = 5 x 1/2 + 22/16 = 3.875,     deff = 3.875 / 3.375 = 1.148148
	 *   A2: Q = 1 + 9 = 10, S = 10 x 1/3 + 22/9 = 5.777778,  deff = 5.777778 / 4 = 1.444444
	 *   B1: Q = 4 + 1 = 5,  S = 3.875,                       deff = 1.148148
	 *   B2: Q = 1 + 1 = 2,  S = 2 x 2/3 + 22/36 = 1.944444,  deff = 1.944444 / 2.5 = 0.777778
	 *   row A: Q = 15, S = 15 x (-1/6) + 22 x 49/144 = 4.986111, deff = 4.986111 / 4.375 = 1.139683 (row B the same)
	 *   column 1: Q = 10, S = 0 + 22/4 = 5.5, deff = 5.5 / 4.5 = 1.222222 (column 2 the same)
	 * Cells: 0.75 x 1.148148 + 2/3 x 1.444444 + 0.75 x 1.148148 + 5/6 x 0.777778 = 3.333333.
	 * Rows: (5/12 + 7/12) x 1.139683 = 1.139683. Columns: (1/2 + 1/2) x 1.222222 = 1.222222.
	 * delta = (3.333333 - 1.139683 - 1.222222) / 1 = 0.971429; Rao-Scott = 0.228571 / 0.971429 = 0.235294.
	 * p-value = P(|Z| > sqrt(0.235294) = 0.485071) = 2 (1 - 0.686191) = 0.627626 (normal table).
	 */
	@Test
	void raoScottOfASmallWeightedTableAsComputedByHand() {
		Sample sample = Sample.of(new double[] { 1, 2, 1, 3, 2, 1, 1, 1 });
		Categorical rows = new Categorical("sex", new int[] { 0, 0, 0, 0, 1, 1, 1, 1 }, 2);
		Categorical columns = new Categorical("q1", new int[] { 0, 0, 1, 1, 0, 0, 1, 1 }, 2);

		CrossTab table = CrossTabs.tabulate(sample, rows, columns);

		assertThat(table.weighted()[0]).containsExactly(3, 4);
		assertThat(table.weighted()[1]).containsExactly(3, 2);
		assertThat(table.rowTotals()).containsExactly(7, 5);
		assertThat(table.total()).isEqualTo(12);
		IndependenceTest test = table.test();
		assertThat(test.pearson()).isCloseTo(0.228571, within(1e-6));
		assertThat(test.designCorrection()).isCloseTo(0.971429, within(1e-6));
		assertThat(test.raoScott()).isCloseTo(0.235294, within(1e-6));
		assertThat(test.pValue()).isCloseTo(0.6276, within(1e-4));
	}

	/* Known quantiles of chi-square (any table): 3.841 (df 1), 5.991 (df 2), 7.815 (df 3) at 5 %; 6.635 (df 1) at 1 %. */
	@Test
	void pValuesMatchTheChiSquareTable() {
		assertThat(ChiSquare.upperTail(3.841, 1)).isCloseTo(0.05, within(1e-4));
		assertThat(ChiSquare.upperTail(5.991, 2)).isCloseTo(0.05, within(1e-4));
		assertThat(ChiSquare.upperTail(7.815, 3)).isCloseTo(0.05, within(1e-4));
		assertThat(ChiSquare.upperTail(6.635, 1)).isCloseTo(0.01, within(1e-4));
		assertThat(ChiSquare.upperTail(16.919, 9)).isCloseTo(0.05, within(1e-4));
		// With 2 degrees of freedom the tail is exactly exp(-x/2).
		assertThat(ChiSquare.upperTail(4, 2)).isCloseTo(Math.exp(-2), within(1e-12));
		assertThat(ChiSquare.upperTail(0, 3)).isEqualTo(1);
	}

	/*
	 * Missing answers leave the table; a row nobody chose leaves the test: 3 row categories, row 2 empty, so
	 * df = (2 - 1)(2 - 1) = 1. Counts 10 / 10 / 10 / 10 with equal weights are independent: X^2 = 0, p = 1.
	 */
	@Test
	void missingAnswersAndEmptyRowsStayOutOfTheTest() {
		int[][] people = PollFixtures.respondents(new int[][] { { 10, 10 }, { 10, 10 } });
		int[] rows = Arrays.copyOf(people[0], 43);
		int[] columns = Arrays.copyOf(people[1], 43);
		rows[40] = -1;
		columns[41] = -1;
		rows[42] = -1;
		columns[42] = -1;

		CrossTab table = CrossTabs.tabulate(Sample.of(PollFixtures.ones(43)), new Categorical("age", rows, 3),
				new Categorical("q1", columns, 2));

		assertThat(table.count()).isEqualTo(40);
		assertThat(table.rowCounts()).containsExactly(20, 20, 0);
		assertThat(table.rowPercent(2, 0)).isNaN();
		assertThat(table.test().degreesOfFreedom()).isEqualTo(1);
		assertThat(table.test().pearson()).isCloseTo(0, within(1e-12));
		assertThat(table.test().pValue()).isEqualTo(1);
	}

	@Test
	void aTableWithOneColumnHasNoTest() {
		CrossTab table = CrossTabs.tabulate(Sample.of(PollFixtures.ones(4)),
				new Categorical("sex", new int[] { 0, 1, 0, 1 }, 2), new Categorical("q1", new int[] { 1, 1, 1, 1 }, 2));

		assertThat(table.test()).isNull();
		assertThat(table.columnPercent(0, 1)).isEqualTo(50);
	}

	@Test
	void questionsNobodyAnsweredTogether() {
		assertFails(() -> CrossTabs.tabulate(Sample.of(PollFixtures.ones(2)),
				new Categorical("sex", new int[] { 0, -1 }, 2), new Categorical("q1", new int[] { -1, 1 }, 2)),
				"polls.crosstab.no-answers", "sex", "q1");
	}
}
