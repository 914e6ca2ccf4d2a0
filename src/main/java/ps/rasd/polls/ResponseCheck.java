package ps.rasd.polls;

import java.util.Map;
import java.util.Set;

import ps.rasd.forms.AnswerError;

/**
 * The outcome of a submitted questionnaire: kept (with the response), or refused with what is wrong, so the page can
 * show the answers again with a message beside each question.
 *
 * @param response the response kept, {@code null} when refused
 * @param repeated whether this was a retry of a response already kept (nothing new was saved)
 * @param errors errors by question name, empty when kept
 * @param relevant the questions asked with these answers
 */
public record ResponseCheck(ResponseSummary response, boolean repeated, Map<String, AnswerError> errors,
		Set<String> relevant) {

	/** Whether the response was kept. */
	public boolean kept() {
		return response != null;
	}
}
