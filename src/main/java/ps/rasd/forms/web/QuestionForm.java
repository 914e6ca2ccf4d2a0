package ps.rasd.forms.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import ps.rasd.forms.Choice;
import ps.rasd.forms.Constraint;
import ps.rasd.forms.Question;
import ps.rasd.forms.QuestionType;
import ps.rasd.forms.Scoring;
import ps.rasd.forms.expression.Expression;
import ps.rasd.forms.expression.ExpressionException;
import ps.rasd.shared.Digits;
import ps.rasd.shared.LocalizedText;

/**
 * The question editor's fields. Choices are one per line, {@code value | Arabic | English}; points are one per line,
 * {@code value = points}, or for numbers {@code up-to = points} with {@code * = points} for the rest.
 */
record QuestionForm(@NotBlank @Size(max = 64) String name, @NotNull QuestionType type,
		@NotBlank @Size(max = 500) String labelAr, @Size(max = 500) String labelEn, @Size(max = 500) String hintAr,
		@Size(max = 500) String hintEn, Boolean required, @Size(max = 5000) String choices, String min, String max,
		Integer minLength, Integer maxLength, @Size(max = 300) String pattern, @Size(max = 500) String constraint,
		@Size(max = 300) String messageAr, @Size(max = 300) String messageEn, @Size(max = 500) String relevant,
		String indicator, @Size(max = 2000) String points, long version) {

	static QuestionForm empty(long version) {
		return new QuestionForm("", QuestionType.SINGLE_CHOICE, "", "", "", "", false, "", "", "", null, null, "", "",
				"", "", "", "", "", version);
	}

	static QuestionForm of(Question q, long version) {
		StringBuilder choiceLines = new StringBuilder();
		q.choices().forEach(c -> choiceLines.append(c.value()).append(" | ").append(c.label().ar()).append(" | ")
			.append(c.label().en() == null ? "" : c.label().en()).append('\n'));
		StringBuilder pointLines = new StringBuilder();
		if (q.scoring() != null) {
			if (q.scoring().points() != null) {
				q.scoring().points().forEach((k, v) -> pointLines.append(k).append(" = ").append(number(v)).append('\n'));
			}
			if (q.scoring().bands() != null) {
				q.scoring().bands().forEach(b -> pointLines.append(b.upTo() == null ? "*" : b.upTo().toPlainString())
					.append(" = ").append(number(b.points())).append('\n'));
			}
		}
		Constraint c = q.constraint();
		return new QuestionForm(q.name(), q.type(), q.label().ar(), q.label().en(),
				q.hint() == null ? "" : q.hint().ar(), q.hint() == null ? "" : q.hint().en(), q.required(),
				choiceLines.toString(), c.min() == null ? "" : c.min().toPlainString(),
				c.max() == null ? "" : c.max().toPlainString(), c.minLength(), c.maxLength(), c.pattern(),
				c.expression(), c.message() == null ? "" : c.message().ar(), c.message() == null ? "" : c.message().en(),
				q.relevant(), q.scoring() == null ? "" : q.scoring().indicator(), pointLines.toString(), version);
	}

	/** The question, or {@code null} with errors beside the fields that cannot be read. */
	Question toQuestion(BindingResult errors) {
		List<Choice> choiceList = new ArrayList<>();
		for (String line : lines(choices)) {
			String[] parts = line.split("\\|", -1);
			if (parts[0].isBlank() || parts.length < 2 || parts[1].isBlank()) {
				errors.rejectValue("choices", "forms.builder.choice-line", new Object[] { line }, null);
				continue;
			}
			choiceList.add(new Choice(parts[0].strip(), new LocalizedText(parts[1], parts.length > 2 ? parts[2] : null)));
		}
		checkExpression("relevant", relevant, errors);
		checkExpression("constraint", constraint, errors);
		Scoring scoring = scoring(errors);
		Constraint limits = new Constraint(decimal("min", min, errors), decimal("max", max, errors), minLength,
				maxLength, blank(pattern), blank(constraint), blank(messageAr) == null ? null
						: new LocalizedText(messageAr, messageEn));
		if (errors.hasErrors()) {
			return null;
		}
		return new Question(name.strip(), type, new LocalizedText(labelAr, labelEn),
				blank(hintAr) == null ? null : new LocalizedText(hintAr, hintEn), Boolean.TRUE.equals(required), choiceList,
				limits,
				blank(relevant), scoring);
	}

	private Scoring scoring(BindingResult errors) {
		if (blank(indicator) == null) {
			return null;
		}
		Map<String, Double> pointMap = new LinkedHashMap<>();
		List<Scoring.Band> bands = new ArrayList<>();
		for (String line : lines(points)) {
			String[] parts = line.split("=", 2);
			try {
				double p = Double.parseDouble(Digits.toLatin(parts[1]).strip());
				String key = parts[0].strip();
				if (type.numeric()) {
					bands.add(new Scoring.Band(key.equals("*") ? null : new BigDecimal(Digits.toLatin(key)), p));
				}
				else {
					pointMap.put(key, p);
				}
			}
			catch (RuntimeException ex) {
				errors.rejectValue("points", "forms.builder.points-line", new Object[] { line }, null);
			}
		}
		return new Scoring(indicator, pointMap.isEmpty() ? null : pointMap, bands.isEmpty() ? null : bands);
	}

	private static void checkExpression(String field, String text, BindingResult errors) {
		if (blank(text) == null) {
			return;
		}
		try {
			Expression.parse(text);
		}
		catch (ExpressionException ex) {
			errors.rejectValue(field, "forms.builder.expression", new Object[] { ex.position() + 1 }, null);
		}
	}

	private static BigDecimal decimal(String field, String text, BindingResult errors) {
		if (blank(text) == null) {
			return null;
		}
		try {
			return new BigDecimal(Digits.toLatin(text).strip());
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "typeMismatch");
			return null;
		}
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}
}
