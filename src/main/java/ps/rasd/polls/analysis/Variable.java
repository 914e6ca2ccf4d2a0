package ps.rasd.polls.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ps.rasd.forms.Choice;
import ps.rasd.forms.Question;
import ps.rasd.forms.QuestionType;
import ps.rasd.shared.LocalizedText;

/**
 * Something to estimate or cross-tabulate: a question of the form, one option of a multiple-choice question (chosen or
 * not), or a weighting variable. Knows its categories and how to read each respondent's value.
 *
 * @param name the question name or weighting variable code
 * @param label what is asked, or the name of the variable
 * @param source where a respondent's value is read
 * @param type the question type; {@code SINGLE_CHOICE} for a weighting variable and for one option
 * @param categories the categories in order; empty for integer and decimal questions
 * @param option for {@link Source#OPTION}, the value of the option
 */
public record Variable(String name, LocalizedText label, Source source, QuestionType type, List<Category> categories,
		String option) {

	/** The categories of a rating question. */
	public static final List<String> RATING_POINTS = List.of("1", "2", "3", "4", "5");

	/** The stored answers of a yes / no / not applicable question. */
	public static final List<String> YES_NO_NA = List.of("yes", "no", "na");

	/** Where the value of a respondent is read. */
	public enum Source {
		/** {@link Respondent#answers()}. */
		ANSWER,
		/** {@link Respondent#answers()}: whether the multiple-choice answer contains the option. */
		OPTION,
		/** {@link Respondent#variables()}. */
		WEIGHTING
	}

	/** Copies the categories. */
	public Variable {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(type, "type");
		categories = categories == null ? List.of() : List.copyOf(categories);
	}

	/**
	 * A question of the form: single and multiple choice take their choices, rating its points 1 to 5, yes / no / not
	 * applicable its three answers; integer and decimal questions have no categories.
	 *
	 * @throws ps.rasd.shared.InvalidInputException {@code polls.analysis.not-analysable} (question, type) for text,
	 *     date, time, file and location questions
	 */
	public static Variable of(Question question) {
		List<Category> categories = new ArrayList<>();
		switch (question.type()) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				for (Choice choice : question.choices()) {
					categories.add(Category.labelled(choice.value(), choice.label()));
				}
			}
			case RATING -> RATING_POINTS.forEach(p -> categories.add(new Category(p, null, null)));
			case YES_NO_NA -> YES_NO_NA.forEach(v -> categories.add(Category.coded(v, "polls.answer." + v)));
			case INTEGER, DECIMAL -> {
				// numeric: no categories
			}
			default -> throw Failures.invalid(question.name(), "polls.analysis.not-analysable", question.name(),
					question.type().name());
		}
		return new Variable(question.name(), question.label(), Source.ANSWER, question.type(), categories, null);
	}

	/**
	 * One option of a multiple-choice question as a variable of two categories, {@code yes} (chosen) and {@code no}
	 * (answered without choosing it), for cross-tabs.
	 *
	 * @throws ps.rasd.shared.InvalidInputException {@code polls.analysis.unknown-option} (question, option)
	 */
	public static Variable option(Question question, String value) {
		Choice choice = question.type() != QuestionType.MULTIPLE_CHOICE ? null
				: question.choices().stream().filter(c -> c.value().equals(value)).findFirst().orElse(null);
		if (choice == null) {
			throw Failures.invalid(question.name(), "polls.analysis.unknown-option", question.name(), value);
		}
		return new Variable(question.name(), choice.label(), Source.OPTION, QuestionType.SINGLE_CHOICE,
				List.of(Category.coded("yes", "polls.answer.chosen"), Category.coded("no", "polls.answer.not-chosen")),
				value);
	}

	/** A weighting variable with the categories and labels of its target table. */
	public static Variable of(PopulationTargetTable table) {
		List<Category> categories = table.rows().stream()
			.map(r -> Category.labelled(r.category().strip(), r.label()))
			.toList();
		return new Variable(table.variable(), table.label(), Source.WEIGHTING, QuestionType.SINGLE_CHOICE, categories,
				null);
	}

	/** A weighting variable without a target table: its categories in the order given, labelled by their codes. */
	public static Variable weighting(String code, LocalizedText label, List<String> categories) {
		return new Variable(code, label, Source.WEIGHTING, QuestionType.SINGLE_CHOICE,
				categories.stream().map(c -> new Category(c, null, null)).toList(), null);
	}

	/** Whether answers are numbers to average (integer, decimal, rating). */
	public boolean numeric() {
		return source == Source.ANSWER
				&& (type == QuestionType.INTEGER || type == QuestionType.DECIMAL || type == QuestionType.RATING);
	}

	/** Whether answers fall in categories (everything but integer and decimal questions). */
	public boolean categorical() {
		return !categories.isEmpty();
	}

	/** Whether a respondent may choose several categories. */
	public boolean multiple() {
		return source == Source.ANSWER && type == QuestionType.MULTIPLE_CHOICE;
	}

	/** The raw value of a respondent: the answer, the weighting category or, for an option, {@code yes} / {@code no}. */
	public String valueOf(Respondent respondent) {
		switch (source) {
			case WEIGHTING:
				return respondent.variable(name);
			case OPTION:
				String answer = respondent.answer(name);
				if (answer == null) {
					return null;
				}
				for (String chosen : answer.split("\\s+")) {
					if (chosen.equals(option)) {
						return "yes";
					}
				}
				return "no";
			default:
				return respondent.answer(name);
		}
	}

	/** The index of each category code. */
	Map<String, Integer> index() {
		Map<String, Integer> index = new HashMap<>();
		for (int k = 0; k < categories.size(); k++) {
			index.put(categories.get(k).code(), k);
		}
		return index;
	}
}
