package ps.rasd.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ps.rasd.forms.XlsFormSheets.SheetRow;
import ps.rasd.forms.expression.Expression;
import ps.rasd.forms.expression.ExpressionException;
import ps.rasd.shared.LocalizedText;

/** Reads one survey row into a question, and the choice lists it refers to. */
final class XlsFormQuestions {

	private static final Set<String> FILES = Set.of("image", "file", "audio", "video", "photo");

	private static final Set<String> TRUE = Set.of("yes", "true", "true()", "1", "y", "نعم");

	private static final Set<String> FALSE = Set.of("", "no", "false", "false()", "0", "n", "لا");

	private final List<XlsFormNote> notes;

	private final Map<String, List<Choice>> lists = new LinkedHashMap<>();

	private String defaultLanguage = "";

	private boolean rasdConstraints;

	private int missingArabic;

	XlsFormQuestions(List<XlsFormNote> notes) {
		this.notes = notes;
	}

	void defaultLanguage(String language) {
		this.defaultLanguage = language;
	}

	void rasdConstraints(boolean present) {
		this.rasdConstraints = present;
	}

	void choices(List<SheetRow> rows) {
		for (SheetRow row : rows) {
			String list = row.get("list_name");
			String value = row.get("name");
			if (list.isEmpty() || value.isEmpty()) {
				continue;
			}
			lists.computeIfAbsent(list, l -> new ArrayList<>()).add(new Choice(value, text(row, "label", value)));
		}
	}

	Optional<Question> question(SheetRow row, String type, String groupCondition) {
		String[] words = type.split(" ");
		QuestionType kind = kind(row, words);
		if (kind == null) {
			return Optional.empty();
		}
		String name = name(row);
		if (name.isEmpty()) {
			note(row, "forms.xlsform.note.no-name", type);
			return Optional.empty();
		}
		List<Choice> choices = List.of();
		if (kind.hasChoices()) {
			choices = lists.get(words[1]);
			if (choices == null) {
				note(row, "forms.xlsform.note.no-choices", words[1]);
				choices = List.of();
			}
		}
		Constraint constraint = constraint(row, kind);
		String relevant = and(groupCondition, expression(row, "relevant").orElse(null));
		return Optional.of(new Question(name, kind, text(row, "label", name), hint(row), required(row), choices,
				constraint, relevant, scoring(row)));
	}

	private QuestionType kind(SheetRow row, String[] words) {
		String first = words[0];
		if ((first.equals("select_one") || first.equals("select_multiple")) && words.length >= 2) {
			if (words.length > 2) {
				note(row, "forms.xlsform.note.or-other", words[1]);
			}
			if (first.equals("select_one") && words[1].equals(XlsForm.YES_NO_NA_LIST)) {
				return QuestionType.YES_NO_NA;
			}
			return first.equals("select_one") ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE;
		}
		if (words.length == 1) {
			switch (first) {
				case "integer", "int":
					return QuestionType.INTEGER;
				case "decimal":
					return QuestionType.DECIMAL;
				case "text", "string":
					return row.get("appearance").equals("multiline") ? QuestionType.LONG_TEXT : QuestionType.TEXT;
				case "date":
					return QuestionType.DATE;
				case "time":
					return QuestionType.TIME;
				case "geopoint":
					return QuestionType.GEOPOINT;
				case "range":
					return range(row);
				case "datetime":
					note(row, "forms.xlsform.note.datetime-as-date", name(row));
					return QuestionType.DATE;
				case "barcode":
					note(row, "forms.xlsform.note.barcode-as-text", name(row));
					return QuestionType.TEXT;
				default:
					if (FILES.contains(first)) {
						return QuestionType.FILE;
					}
			}
		}
		note(row, first.equals("calculate") ? "forms.xlsform.note.calculate" : "forms.xlsform.note.unsupported-type",
				row.get("type"), name(row));
		return null;
	}

	/** A 1–5 range in steps of 1 is a rating; any other range is a number between its ends. */
	private QuestionType range(SheetRow row) {
		Map<String, String> p = new LinkedHashMap<>();
		for (String part : row.get("parameters").split("[\\s;,]+")) {
			String[] kv = part.split("=", 2);
			if (kv.length == 2) {
				p.put(kv[0].strip(), kv[1].strip());
			}
		}
		if ("1".equals(p.getOrDefault("start", "0")) && "5".equals(p.getOrDefault("end", "10"))
				&& "1".equals(p.getOrDefault("step", "1"))) {
			return QuestionType.RATING;
		}
		note(row, "forms.xlsform.note.range-as-number", name(row));
		return p.getOrDefault("step", "1").matches("\\d+") ? QuestionType.INTEGER : QuestionType.DECIMAL;
	}

	String name(SheetRow row) {
		String name = row.get("name");
		return name.isEmpty() ? row.get("$autoname") : name;
	}

	/** A text in Arabic and English; the label without language counts as the sheet's default language. */
	LocalizedText text(SheetRow row, String column, String fallback) {
		String plain = row.get(column);
		String ar = row.get(column + "@ar");
		String en = row.get(column + "@en");
		if (ar.isEmpty() && !plain.isEmpty() && !"en".equals(defaultLanguage)) {
			ar = plain;
		}
		if (en.isEmpty() && !plain.isEmpty() && "en".equals(defaultLanguage)) {
			en = plain;
		}
		if (ar.isEmpty()) {
			if (!en.isEmpty() && column.equals("label")) {
				missingArabic++;
			}
			ar = en.isEmpty() ? fallback : en;
		}
		return new LocalizedText(ar, en);
	}

	private LocalizedText hint(SheetRow row) {
		boolean any = row.cells().keySet().stream().anyMatch(c -> c.equals("hint") || c.startsWith("hint@"));
		return any ? text(row, "hint", "-") : null;
	}

	private boolean required(SheetRow row) {
		String value = row.get("required").toLowerCase(java.util.Locale.ROOT);
		if (TRUE.contains(value)) {
			return true;
		}
		if (!FALSE.contains(value)) {
			note(row, "forms.xlsform.note.required-expression", name(row), row.get("required"));
		}
		return false;
	}

	private Constraint constraint(SheetRow row, QuestionType kind) {
		boolean anyMessage = row.cells().keySet().stream().anyMatch(c -> c.startsWith("constraint_message"));
		LocalizedText message = anyMessage ? text(row, "constraint_message", "-") : null;
		if (rasdConstraints) {
			return new Constraint(XlsFormReader.number(row.get("rasd_min")), XlsFormReader.number(row.get("rasd_max")),
					integer(row.get("rasd_min_length")), integer(row.get("rasd_max_length")),
					blank(row.get("rasd_pattern")), blank(row.get("rasd_constraint")), message);
		}
		String expression = expression(row, "constraint").orElse(null);
		return new Constraint(null, null, null, null, null, expression, message);
	}

	/** The column's expression when Rasd understands it; otherwise it is dropped with a note. */
	Optional<String> expression(SheetRow row, String column) {
		String text = row.get(column);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		try {
			Expression.parse(text);
			return Optional.of(text);
		}
		catch (ExpressionException ex) {
			note(row, "forms.xlsform.note.expression", column, text);
			return Optional.empty();
		}
	}

	private Scoring scoring(SheetRow row) {
		String indicator = row.get("rasd_indicator");
		if (indicator.isEmpty()) {
			return null;
		}
		try {
			Map<String, Double> points = null;
			if (!row.get("rasd_points").isEmpty()) {
				points = new LinkedHashMap<>();
				for (String part : row.get("rasd_points").split("\\s+")) {
					String[] kv = part.split("=", 2);
					points.put(kv[0], Double.valueOf(kv[1]));
				}
			}
			List<Scoring.Band> bands = null;
			if (!row.get("rasd_bands").isEmpty()) {
				bands = new ArrayList<>();
				for (String part : row.get("rasd_bands").split("\\s+")) {
					String[] kv = part.split("=", 2);
					bands.add(new Scoring.Band(kv[0].equals("*") ? null : new BigDecimal(kv[0]),
							Double.parseDouble(kv[1])));
				}
			}
			return new Scoring(indicator, points, bands);
		}
		catch (RuntimeException ex) {
			note(row, "forms.xlsform.note.bad-scoring", name(row));
			return null;
		}
	}

	void noteMissingArabic() {
		if (missingArabic > 0) {
			notes.add(new XlsFormNote("survey", 0, "forms.xlsform.note.no-arabic", List.of(missingArabic)));
		}
	}

	private static String and(String a, String b) {
		if (a == null) {
			return b;
		}
		return b == null ? a : "(" + a + ") and (" + b + ")";
	}

	private static Integer integer(String text) {
		return text.isEmpty() ? null : Integer.valueOf(text);
	}

	private static String blank(String text) {
		return text.isEmpty() ? null : text;
	}

	private void note(SheetRow row, String code, Object... arguments) {
		notes.add(new XlsFormNote("survey", row.number(), code, List.of(arguments)));
	}
}
