package ps.rasd.forms;

import java.util.Map;
import java.util.Set;

/**
 * The answers of a form, checked: what is kept, which questions are asked, and what is wrong.
 *
 * @param answers the answers of relevant questions, trimmed, digits in Latin, in form order
 * @param relevant the names of the questions whose condition holds
 * @param errors errors by question name, in form order
 */
public record FormCheck(Map<String, String> answers, Set<String> relevant, Map<String, AnswerError> errors) {

	/** Whether the answers can be submitted. */
	public boolean valid() {
		return errors.isEmpty();
	}
}
