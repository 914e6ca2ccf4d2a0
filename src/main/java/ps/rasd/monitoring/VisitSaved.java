package ps.rasd.monitoring;

import java.util.Map;

import ps.rasd.forms.AnswerError;
import ps.rasd.shared.DomainException;

/**
 * What saving a visit with its files gave.
 *
 * @param check the answers as kept, with their errors
 * @param answers the answers given, each file's question answered with the id of the file kept
 * @param fileErrors the files refused, by question (the answers are then kept as a draft)
 * @param problem why a submission was refused (the answers then kept as a draft), {@code null} otherwise
 */
public record VisitSaved(VisitCheck check, Map<String, String> answers, Map<String, AnswerError> fileErrors,
		DomainException problem) {
}
