package ps.rasd.monitoring;

import java.util.Map;
import java.util.Set;

import ps.rasd.forms.AnswerError;

/**
 * A visit after its answers were saved or submitted, with what is wrong with them.
 *
 * @param visit the visit as saved
 * @param errors errors by question name; a submission with errors was not submitted (the answers were kept)
 * @param relevant the questions asked given these answers
 */
public record VisitCheck(VisitSummary visit, Map<String, AnswerError> errors, Set<String> relevant) {

	public boolean valid() {
		return errors.isEmpty();
	}
}
