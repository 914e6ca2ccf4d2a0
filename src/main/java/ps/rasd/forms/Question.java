package ps.rasd.forms;

import java.util.List;

import ps.rasd.shared.LocalizedText;

/**
 * A question of a form.
 *
 * @param name the unique name answers and conditions refer to ({@code ${name}})
 * @param type the kind of question
 * @param label what is asked
 * @param hint help shown under the question, may be {@code null}
 * @param required whether it must be answered when it is relevant
 * @param choices the choices of single- and multiple-choice questions
 * @param constraint limits on the answer, may be {@code null}
 * @param relevant an XLSForm condition; the question is only asked when it holds; {@code null} means always
 * @param scoring how answers become points, {@code null} when not scored
 */
public record Question(String name, QuestionType type, LocalizedText label, LocalizedText hint, boolean required,
		List<Choice> choices, Constraint constraint, String relevant, Scoring scoring) {

	public Question {
		choices = choices == null ? List.of() : List.copyOf(choices);
		constraint = constraint == null ? Constraint.NONE : constraint;
		relevant = relevant == null || relevant.isBlank() ? null : relevant.strip();
	}

	/** The label of a choice value, or the value itself. */
	public LocalizedText choiceLabel(String value) {
		return choices.stream().filter(c -> c.value().equals(value)).map(Choice::label).findFirst()
			.orElse(new LocalizedText(value, value));
	}
}
