package ps.rasd.polls.stats;

/**
 * A weighted cross-tab of the respondents who answered both questions. Percentages are 0 to 100, {@code NaN} for a row
 * or column with no weight.
 *
 * @param rowVariable the question in rows
 * @param columnVariable the question in columns
 * @param weighted weighted total of each cell, {@code [row][column]}
 * @param counts respondents in each cell (unweighted)
 * @param rowTotals weighted base of each row
 * @param columnTotals weighted base of each column
 * @param rowCounts unweighted base of each row
 * @param columnCounts unweighted base of each column
 * @param total weighted base of the table
 * @param count unweighted base of the table
 * @param test the Rao-Scott test, {@code null} when fewer than two rows or two columns have answers
 */
public record CrossTab(String rowVariable, String columnVariable, double[][] weighted, int[][] counts,
		double[] rowTotals, double[] columnTotals, int[] rowCounts, int[] columnCounts, double total, int count,
		IndependenceTest test) {

	/** The share of the row's weight in this cell. */
	public double rowPercent(int row, int column) {
		return 100 * weighted[row][column] / rowTotals[row];
	}

	/** The share of the column's weight in this cell. */
	public double columnPercent(int row, int column) {
		return 100 * weighted[row][column] / columnTotals[column];
	}

	/** The share of the table's weight in this cell. */
	public double totalPercent(int row, int column) {
		return 100 * weighted[row][column] / total;
	}
}
