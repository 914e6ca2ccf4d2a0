package ps.rasd.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ps.rasd.forms.expression.Expression;
import ps.rasd.shared.Digits;

/** Checks one set of answers against a form, question by question, in order. */
final class AnswerChecker {

	private static final int TEXT_MAX = 500;

	private static final int LONG_TEXT_MAX = 5000;

	private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,12}");

	private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu");

	private final FormDefinition form;

	private final Map<String, String> cleaned = new LinkedHashMap<>();

	private final Set<String> relevant = new LinkedHashSet<>();

	private final Set<String> done = new java.util.HashSet<>();

	private final Map<String, AnswerError> errors = new LinkedHashMap<>();

	private Map<String, String> raw = Map.of();

	AnswerChecker(FormDefinition form) {
		this.form = form;
	}

	FormCheck check(Map<String, String> answers, boolean submitting) {
		this.raw = answers == null ? Map.of() : new HashMap<>(answers);
		form.questions().forEach(q -> checkQuestion(q, submitting));
		return new FormCheck(new LinkedHashMap<>(cleaned),
				Set.copyOf(relevant), new LinkedHashMap<>(errors));
	}

	private void checkQuestion(Question q, boolean submitting) {
		boolean isRelevant = q.relevant() == null || Expression.parse(q.relevant()).test(context(null));
		done.add(q.name());
		if (!isRelevant) {
			return;
		}
		relevant.add(q.name());
		String value = raw.get(q.name());
		value = value == null ? "" : value.strip();
		if (value.isEmpty()) {
			if (submitting && q.required()) {
				error(q, "forms.answer.required", false);
			}
			return;
		}
		String normalized = normalize(q, value);
		if (normalized == null) {
			cleaned.put(q.name(), value);
			return;
		}
		cleaned.put(q.name(), normalized);
		checkConstraint(q, normalized);
	}

	/** The answer in its stored form, or {@code null} (with an error recorded) when it is not a valid answer. */
	private String normalize(Question q, String value) {
		return switch (q.type()) {
			case SINGLE_CHOICE -> choice(q, value);
			case MULTIPLE_CHOICE -> multiple(q, value);
			case RATING -> Digits.toLatin(value).matches("[1-5]") ? Digits.toLatin(value)
					: fail(q, "forms.answer.rating");
			case YES_NO_NA -> List.of("yes", "no", "na").contains(value) ? value : fail(q, "forms.answer.yes-no");
			case INTEGER -> INTEGER.matcher(Digits.toLatin(value)).matches()
					? new BigDecimal(Digits.toLatin(value)).toPlainString() : fail(q, "forms.answer.integer");
			case DECIMAL -> decimal(q, value);
			case TEXT, LONG_TEXT, FILE -> value;
			case DATE -> date(q, Digits.toLatin(value));
			case TIME -> time(q, Digits.toLatin(value));
			case GEOPOINT -> geopoint(q, Digits.toLatin(value));
		};
	}

	/** A choice's value; a code typed with Arabic-Indic digits ({@code ٥٠}) is the choice {@code 50}. */
	private String choice(Question q, String value) {
		if (q.choices().stream().anyMatch(c -> c.value().equals(value))) {
			return value;
		}
		String latin = Digits.toLatin(value);
		return q.choices().stream().anyMatch(c -> c.value().equals(latin)) ? latin : fail(q, "forms.answer.choice");
	}

	private String multiple(Question q, String value) {
		Set<String> allowed = q.choices().stream().map(Choice::value).collect(Collectors.toSet());
		Set<String> chosen = Arrays.stream(value.split("[\\s,]+")).filter(s -> !s.isEmpty())
			.map(s -> allowed.contains(s) ? s : Digits.toLatin(s))
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (!allowed.containsAll(chosen)) {
			return fail(q, "forms.answer.choice");
		}
		return q.choices().stream().map(Choice::value).filter(chosen::contains).collect(Collectors.joining(" "));
	}

	private String decimal(Question q, String value) {
		try {
			return new BigDecimal(Digits.toLatin(value).replace(',', '.')).stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException ex) {
			return fail(q, "forms.answer.decimal");
		}
	}

	private String date(Question q, String value) {
		try {
			return LocalDate.parse(value).toString();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(value, DAY_FIRST).toString();
			}
			catch (DateTimeParseException ex2) {
				return fail(q, "forms.answer.date");
			}
		}
	}

	private String time(Question q, String value) {
		try {
			return LocalTime.parse(value.length() == 4 ? "0" + value : value).withSecond(0).toString();
		}
		catch (DateTimeParseException ex) {
			return fail(q, "forms.answer.time");
		}
	}

	private String geopoint(Question q, String value) {
		String[] parts = value.split("[\\s,]+");
		try {
			double lat = Double.parseDouble(parts[0]);
			double lon = Double.parseDouble(parts[1]);
			if (parts.length == 2 && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
				return lat + " " + lon;
			}
		}
		catch (RuntimeException ex) {
			// falls through to the error below
		}
		return fail(q, "forms.answer.geopoint");
	}

	private void checkConstraint(Question q, String value) {
		Constraint c = q.constraint();
		if (q.type().numeric()) {
			BigDecimal number = new BigDecimal(value);
			if (c.min() != null && number.compareTo(c.min()) < 0) {
				error(q, "forms.answer.too-small", true, c.min().toPlainString());
				return;
			}
			if (c.max() != null && number.compareTo(c.max()) > 0) {
				error(q, "forms.answer.too-large", true, c.max().toPlainString());
				return;
			}
		}
		if (q.type().textual()) {
			int max = c.maxLength() != null ? c.maxLength() : q.type() == QuestionType.TEXT ? TEXT_MAX : LONG_TEXT_MAX;
			if (c.minLength() != null && value.length() < c.minLength()) {
				error(q, "forms.answer.too-short", true, c.minLength());
				return;
			}
			if (value.length() > max) {
				error(q, "forms.answer.too-long", true, max);
				return;
			}
			if (c.pattern() != null && !value.matches(c.pattern())) {
				error(q, "forms.answer.pattern", true);
				return;
			}
		}
		if (c.expression() != null && !Expression.parse(c.expression()).test(context(value))) {
			error(q, "forms.answer.constraint", true);
		}
	}

	private Expression.Context context(String current) {
		return new Expression.Context(name -> {
			if (done.contains(name)) {
				return cleaned.getOrDefault(name, "");
			}
			String value = raw.get(name);
			return value == null ? "" : Digits.toLatin(value.strip());
		}, current);
	}

	private String fail(Question q, String code) {
		error(q, code, false);
		return null;
	}

	private void error(Question q, String code, boolean constraint, Object... arguments) {
		errors.put(q.name(), new AnswerError(q.name(), code, List.of(arguments),
				constraint ? q.constraint().message() : null));
	}
}
