package ps.rasd.polls.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ps.rasd.forms.Question;
import ps.rasd.shared.Digits;
import ps.rasd.shared.InvalidInputException;

/** The rows of a file read through a column mapping: the answers to import, and what is wrong with them. */
public final class ImportRows {

	private static final Pattern FIELD = Pattern.compile("row(\\d+)\\.(.+)");

	private static final int MAX_DURATION_PROBLEMS = 20;

	private final ImportTable table;

	private final List<Question> questions;

	private final Map<String, String> mapping;

	private final String duration;

	public ImportRows(ImportTable table, List<Question> questions, Map<String, String> mapping, String duration) {
		this.table = table;
		this.questions = questions;
		this.mapping = mapping;
		this.duration = duration == null ? "" : duration;
	}

	/** Columns named in the mapping that the file does not have, and required questions left without a column. */
	public List<Problem> mappingProblems(Locale locale) {
		List<Problem> problems = new ArrayList<>();
		for (Question q : questions) {
			String column = mapping.get(q.name());
			if (column != null && !table.headers().contains(column)) {
				problems.add(new Problem("polls.import.column.unknown", column, q.label().in(locale)));
			}
			else if (column == null && q.required() && q.relevant() == null) {
				problems.add(new Problem("polls.import.column.missing", q.label().in(locale), q.name()));
			}
		}
		if (!duration.isEmpty() && !table.headers().contains(duration)) {
			problems.add(new Problem("polls.import.column.unknown-duration", duration));
		}
		return problems;
	}

	/** Durations that are not a number of seconds. */
	public List<Problem> durationProblems() {
		List<Problem> problems = new ArrayList<>();
		if (duration.isEmpty()) {
			return problems;
		}
		int column = table.headers().indexOf(duration);
		for (ImportTable.Row row : table.rows()) {
			String cell = row.cell(column);
			if (!cell.isEmpty() && seconds(cell) == null && problems.size() < MAX_DURATION_PROBLEMS) {
				problems.add(new Problem("polls.import.duration.invalid", row.number(), cell));
			}
		}
		return problems;
	}

	/** The answers of each row, by question name. */
	public List<Map<String, String>> answers() {
		List<Map<String, String>> answers = new ArrayList<>(table.rows().size());
		for (ImportTable.Row row : table.rows()) {
			Map<String, String> one = new HashMap<>();
			for (Question q : questions) {
				String column = mapping.get(q.name());
				if (column != null) {
					one.put(q.name(), ImportAnswers.value(q, row.cell(table.headers().indexOf(column))));
				}
			}
			answers.add(one);
		}
		return answers;
	}

	/** The seconds each row took, {@code null} when unknown; {@code null} when no column gives them. */
	public List<Integer> durations() {
		if (duration.isEmpty()) {
			return null;
		}
		int column = table.headers().indexOf(duration);
		List<Integer> seconds = new ArrayList<>(table.rows().size());
		for (ImportTable.Row row : table.rows()) {
			seconds.add(seconds(row.cell(column)));
		}
		return seconds;
	}

	/** The validation report: the problems of the facade's check, with the file's row numbers and values. */
	public List<ReportLine> report(List<InvalidInputException.Field> fields, Locale locale, Messages messages) {
		Map<String, Question> byName = new HashMap<>();
		questions.forEach(q -> byName.put(q.name(), q));
		List<ReportLine> lines = new ArrayList<>();
		for (InvalidInputException.Field f : fields) {
			Matcher m = FIELD.matcher(f.field());
			if (!m.matches()) {
				continue;
			}
			int index = Integer.parseInt(m.group(1)) - 1;
			String name = m.group(2);
			ImportTable.Row row = index >= 0 && index < table.rows().size() ? table.rows().get(index) : null;
			Question q = byName.get(name);
			String column = mapping.get(name);
			String value = row == null || column == null ? "" : row.cell(table.headers().indexOf(column));
			String message = f.message() != null ? f.message().in(locale)
					: messages.message(f.code(), f.arguments() == null ? new Object[0] : f.arguments().toArray(),
							locale);
			lines.add(new ReportLine(row == null ? index + 1 : row.number(), name,
					q == null ? name : q.label().in(locale), message, value));
		}
		return lines;
	}

	private static Integer seconds(String cell) {
		String latin = Digits.toLatin(cell.strip()).replace('٫', '.');
		if (latin.isEmpty()) {
			return null;
		}
		if (!latin.matches("\\d{1,9}(\\.\\d+)?")) {
			return null;
		}
		return new BigDecimal(latin).setScale(0, RoundingMode.HALF_UP).intValue();
	}
}
