package ps.rasd.polls.analysis;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import ps.rasd.shared.LocalizedText;

/**
 * The population distribution of one weighting variable, with its source, e.g. the 2017 census population of each
 * governorate. A table for post-stratification cells has a variable code made of the crossed variables joined by
 * {@link #CELL_SEPARATOR} (e.g. {@code sex|age_group}) and categories joined the same way (e.g. {@code female|18-29}).
 *
 * <p>Every check fails with an {@link ps.rasd.shared.InvalidInputException} whose code names what is wrong and whose
 * first argument is the variable code of the table; the field is the table row ({@code rows[i].value}), numbered from 0.
 *
 * @param variable the weighting variable code, e.g. {@code governorate}
 * @param label the name of the variable
 * @param source where the figures come from, e.g. the census and its table
 * @param year the year the figures describe, may be {@code null}
 * @param rows one per category, at least two
 * @param kind whether the values are counts or percentages
 */
public record PopulationTargetTable(String variable, LocalizedText label, String source, Integer year, List<Row> rows,
		Kind kind) {

	/** Joins the variables of a post-stratification cell, and their categories. */
	public static final String CELL_SEPARATOR = "|";

	/** Percentages must add up to 100 within this many points. */
	public static final double PERCENT_SUM_TOLERANCE = 0.5;

	/** Whether the values are population counts or percentages. */
	public enum Kind {
		/** Population counts, e.g. census totals. */
		COUNTS,
		/** Percentages adding up to 100. */
		PERCENT
	}

	/**
	 * One category of the table.
	 *
	 * @param category the category code respondents carry, e.g. {@code 01} or {@code female}
	 * @param label its name
	 * @param value the population count or percentage
	 */
	public record Row(String category, LocalizedText label, double value) {
	}

	/** Checks the table. */
	public PopulationTargetTable {
		if (variable == null || variable.isBlank()) {
			throw Failures.invalid("variable", "polls.targets.no-variable");
		}
		variable = variable.strip();
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(kind, "kind");
		source = source == null || source.isBlank() ? null : source.strip();
		rows = rows == null ? List.of() : List.copyOf(rows);
		if (rows.size() < 2) {
			throw Failures.invalid("rows", "polls.targets.too-few-categories", variable, rows.size());
		}
		Set<String> seen = new HashSet<>();
		double sum = 0;
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			if (row.category() == null || row.category().isBlank()) {
				throw Failures.invalid("rows[" + i + "].category", "polls.targets.blank-category", variable, i + 1);
			}
			if (!seen.add(row.category().strip())) {
				throw Failures.invalid("rows[" + i + "].category", "polls.targets.duplicate-category", variable,
						row.category().strip(), i + 1);
			}
			if (!Double.isFinite(row.value()) || row.value() < 0) {
				throw Failures.invalid("rows[" + i + "].value", "polls.targets.negative-value", variable,
						row.category().strip(), i + 1);
			}
			sum += row.value();
		}
		if (sum <= 0) {
			throw Failures.invalid("rows", "polls.targets.zero-total", variable);
		}
		if (kind == Kind.PERCENT && Math.abs(sum - 100) > PERCENT_SUM_TOLERANCE) {
			throw Failures.invalid("rows", "polls.targets.percent-sum", variable, sum);
		}
	}

	/** The sum of the values. */
	public double total() {
		return rows.stream().mapToDouble(Row::value).sum();
	}

	/** The share of each category (0 to 1, adding up to 1), in row order. */
	public Map<String, Double> shares() {
		double total = total();
		Map<String, Double> shares = new LinkedHashMap<>();
		for (Row row : rows) {
			shares.put(row.category().strip(), row.value() / total);
		}
		return shares;
	}

	/** The category codes, in row order. */
	public List<String> categories() {
		return rows.stream().map(r -> r.category().strip()).toList();
	}

	/** The row of a category. */
	public Optional<Row> row(String category) {
		return rows.stream().filter(r -> r.category().strip().equals(category)).findFirst();
	}

	/** The variables of a post-stratification cell table ({@code sex|age_group}), or the one variable. */
	public List<String> cellVariables() {
		return List.of(variable.split(java.util.regex.Pattern.quote(CELL_SEPARATOR)));
	}

	/** A copy with other rows (e.g. newer figures entered by the user), checked again. */
	public PopulationTargetTable withRows(List<Row> newRows, String newSource, Integer newYear, Kind newKind) {
		return new PopulationTargetTable(variable, label, newSource, newYear, newRows, newKind);
	}
}
