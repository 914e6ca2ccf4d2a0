package ps.rasd.forms;

import java.util.List;

import ps.rasd.shared.LocalizedText;

/**
 * Why an answer is refused.
 *
 * @param question the question's name
 * @param code the message code, e.g. {@code forms.answer.too-large}
 * @param arguments the message arguments
 * @param message the form's own message for a failed constraint, which wins over the code, may be {@code null}
 */
public record AnswerError(String question, String code, List<Object> arguments, LocalizedText message) {
}
