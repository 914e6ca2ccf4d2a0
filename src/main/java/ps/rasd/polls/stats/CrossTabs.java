package ps.rasd.polls.stats;

import ps.rasd.shared.DomainException;

/**
 * Weighted cross-tabs with a design-adjusted test of independence. One pass over the respondents gathers per-stratum
 * sums of the cells; rows and columns are sums of cells, so the rest costs nothing per respondent.
 *
 * <p>The test is the first-order Rao-Scott correction (Rao and Scott 1981, 1984; as in SAS SURVEYFREQ and Lohr,
 * Sampling: Design and Analysis, section 10.3.2): {@code X2_RS = X2 / delta}, with the mean generalized design effect
 * estimated from the design effects of the cell proportions {@code d_rc} and of the row and column proportions
 * {@code d_r}, {@code d_c}:
 * <pre>
 * (R - 1)(C - 1) delta = sum_rc (1 - p_rc) d_rc - sum_r (1 - p_r) d_r - sum_c (1 - p_c) d_c
 * </pre>
 * Each design effect is the linearization variance over {@code p (1 - p) / (n - 1)}, so equal weights without strata
 * give every {@code d = 1}, {@code delta = 1} and the Pearson statistic unchanged. A cell of proportion 0 counts
 * {@code d = 1}. {@code X2_RS} is referred to chi-square with {@code (R - 1)(C - 1)} degrees of freedom, counting only
 * rows and columns with answers. R survey {@code svychisq(statistic = Chisq)} computes delta as the mean eigenvalue of
 * the full design-effect matrix; both agree closely near independence.
 */
public final class CrossTabs {

	private CrossTabs() {
	}

	/**
	 * Cross-tabulates two questions over the respondents who answered both.
	 *
	 * @throws DomainException {@code polls.crosstab.no-answers} (rows, columns) when nobody answered both; the checks
	 *     of codes and lengths
	 */
	public static CrossTab tabulate(Sample sample, Categorical rows, Categorical columns) {
		Checks.answerCodes(rows.name(), rows.codes(), rows.categories(), sample.size());
		Checks.answerCodes(columns.name(), columns.codes(), columns.categories(), sample.size());
		int r = rows.categories();
		int c = columns.categories();
		Linearization cells = Linearization.of(sample, cells(rows.codes(), columns.codes(), c), r * c);
		if (cells.count() == 0 || cells.total() <= 0) {
			throw new DomainException("polls.crosstab.no-answers", rows.name(), columns.name());
		}
		Linearization rowSums = cells.collapse(k -> k / c, r);
		Linearization columnSums = cells.collapse(k -> k % c, c);
		return new CrossTab(rows.name(), columns.name(), grid(cells.categoryTotals(), c), grid(cells.counts(), c),
				rowSums.categoryTotals(), columnSums.categoryTotals(), rowSums.counts(), columnSums.counts(),
				cells.total(), cells.count(), RaoScott.test(cells, rowSums, columnSums));
	}

	/** The cell {@code row * columns + column} of each respondent who answered both, -1 for the others. */
	private static int[] cells(int[] rows, int[] columns, int columnCount) {
		int[] cells = new int[rows.length];
		for (int i = 0; i < rows.length; i++) {
			cells[i] = rows[i] >= 0 && columns[i] >= 0 ? rows[i] * columnCount + columns[i] : -1;
		}
		return cells;
	}

	private static double[][] grid(double[] cells, int columns) {
		double[][] grid = new double[cells.length / columns][columns];
		for (int k = 0; k < cells.length; k++) {
			grid[k / columns][k % columns] = cells[k];
		}
		return grid;
	}

	private static int[][] grid(int[] cells, int columns) {
		int[][] grid = new int[cells.length / columns][columns];
		for (int k = 0; k < cells.length; k++) {
			grid[k / columns][k % columns] = cells[k];
		}
		return grid;
	}
}
