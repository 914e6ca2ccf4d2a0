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
		int n = sample.size();
		Checks.answerCodes(rows.name(), rows.codes(), rows.categories(), n);
		Checks.answerCodes(columns.name(), columns.codes(), columns.categories(), n);
		int r = rows.categories();
		int c = columns.categories();
		int[] cells = new int[n];
		for (int i = 0; i < n; i++) {
			int row = rows.codes()[i];
			int column = columns.codes()[i];
			cells[i] = row >= 0 && column >= 0 ? row * c + column : -1;
		}
		Linearization cellSums = Linearization.of(sample, cells, r * c);
		if (cellSums.count() == 0 || cellSums.total() <= 0) {
			throw new DomainException("polls.crosstab.no-answers", rows.name(), columns.name());
		}
		int[] rowOf = new int[r * c];
		int[] columnOf = new int[r * c];
		for (int k = 0; k < r * c; k++) {
			rowOf[k] = k / c;
			columnOf[k] = k % c;
		}
		Linearization rowSums = cellSums.collapse(rowOf, r);
		Linearization columnSums = cellSums.collapse(columnOf, c);
		double[] totals = cellSums.categoryTotals();
		int[] counts = cellSums.counts();
		double[][] weighted = new double[r][c];
		int[][] cellCounts = new int[r][c];
		for (int k = 0; k < r * c; k++) {
			weighted[k / c][k % c] = totals[k];
			cellCounts[k / c][k % c] = counts[k];
		}
		return new CrossTab(rows.name(), columns.name(), weighted, cellCounts, rowSums.categoryTotals(),
				columnSums.categoryTotals(), rowSums.counts(), columnSums.counts(), cellSums.total(), cellSums.count(),
				RaoScott.test(cellSums, rowSums, columnSums));
	}
}
