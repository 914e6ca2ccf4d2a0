package ps.rasd.polls.analysis;

import java.util.List;

import ps.rasd.polls.stats.CrossTab;
import ps.rasd.polls.stats.CrossTabs;
import ps.rasd.polls.stats.IndependenceTest;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;

/**
 * A weighted cross-tab of one question or weighting variable (rows) by another (columns) over the respondents who
 * answered both, with column and row percentages, weighted and unweighted bases, and the Rao-Scott test of
 * independence (see {@link CrossTabs}). Percentages are 0 to 100, {@code NaN} for a row or column without weight.
 *
 * @param rows the variable in rows
 * @param columns the variable in columns
 * @param table the weighted table from the statistics core: cells, bases, the test
 */
public record CrossTabulation(Variable rows, Variable columns, CrossTab table) {

	/**
	 * Cross-tabulates two variables with categories. A multiple-choice question goes in one option at a time
	 * ({@link Variable#option}); integer and decimal questions cannot.
	 *
	 * @throws InvalidInputException {@code polls.crosstab.not-categorical} (variable) for a multiple-choice, integer
	 *     or decimal question; {@code polls.crosstab.no-answers} (rows, columns) when nobody answered both;
	 *     {@code polls.analysis.unknown-answer} (variable, value, respondent id)
	 */
	public static CrossTabulation of(WeightedResponses responses, Variable rows, Variable columns) {
		for (Variable v : List.of(rows, columns)) {
			if (v.multiple() || !v.categorical()) {
				throw Failures.invalid(v.name(), "polls.crosstab.not-categorical", v.name());
			}
		}
		try {
			CrossTab table = CrossTabs.tabulate(responses.sample(), responses.categorical(rows),
					responses.categorical(columns));
			return new CrossTabulation(rows, columns, table);
		}
		catch (InvalidInputException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			throw Failures.invalid(rows.name(), ex.code(), ex.arguments());
		}
	}

	/** The share of the column in this cell (column percentages add up to 100 down each column). */
	public double columnPercent(int row, int column) {
		return table.columnPercent(row, column);
	}

	/** The share of the row in this cell (row percentages add up to 100 across each row). */
	public double rowPercent(int row, int column) {
		return table.rowPercent(row, column);
	}

	/** The weighted total of a cell. */
	public double weighted(int row, int column) {
		return table.weighted()[row][column];
	}

	/** The respondents in a cell. */
	public int count(int row, int column) {
		return table.counts()[row][column];
	}

	/** The weighted base of a row. */
	public double rowBase(int row) {
		return table.rowTotals()[row];
	}

	/** The respondents of a row (unweighted base). */
	public int rowCount(int row) {
		return table.rowCounts()[row];
	}

	/** The weighted base of a column. */
	public double columnBase(int column) {
		return table.columnTotals()[column];
	}

	/** The respondents of a column (unweighted base). */
	public int columnCount(int column) {
		return table.columnCounts()[column];
	}

	/** The weighted base of the table. */
	public double weightedBase() {
		return table.total();
	}

	/** The respondents who answered both (unweighted base). */
	public int base() {
		return table.count();
	}

	/** The Rao-Scott test, {@code null} when fewer than two rows or columns have answers. */
	public IndependenceTest test() {
		return table.test();
	}

	/** The row categories, for labels. */
	public List<Category> rowCategories() {
		return rows.categories();
	}

	/** The column categories, for labels. */
	public List<Category> columnCategories() {
		return columns.categories();
	}
}
