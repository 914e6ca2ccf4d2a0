package ps.rasd.polls;

import java.time.Instant;
import java.util.Map;

/**
 * One completed response of a poll. It carries no identity of the respondent; an enumerator's account id is kept
 * for the per-enumerator quality checks and is never shown outside the polls staff pages.
 *
 * @param id the response's id
 * @param pollId its poll
 * @param mode how it came in
 * @param enumeratorId the interviewer's account, {@code null} unless entered by an enumerator
 * @param importBatch the import it came from, {@code null} unless imported
 * @param answers question name to answer, as the form stores them
 * @param variables weighting variable to category, derived from the answers
 * @param stratum the stratum's code, {@code null} when the poll has no strata or a variable is missing
 * @param startedAt when the respondent opened the questionnaire, may be {@code null}
 * @param submittedAt when it was submitted
 * @param durationSeconds seconds from start to submission, may be {@code null}
 * @param included whether the analysis counts it
 * @param exclusionReason why an analyst excluded it, {@code null} when included
 */
public record ResponseSummary(long id, long pollId, FieldworkMode mode, Long enumeratorId, String importBatch,
		Map<String, String> answers, Map<String, String> variables, String stratum, Instant startedAt,
		Instant submittedAt, Integer durationSeconds, boolean included, String exclusionReason) {
}
