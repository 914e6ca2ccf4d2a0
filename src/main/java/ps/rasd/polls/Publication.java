package ps.rasd.polls;

import java.time.Instant;

/**
 * A result chosen for the public portal: a question, optionally crossed by another question or a weighting variable.
 *
 * @param id the publication's id
 * @param pollId the poll
 * @param question the question's name (or {@code var:} and a weighting variable code)
 * @param byVariable the column variable of a cross-tab, {@code null} for the question alone
 * @param position the order on the public page
 * @param publishedAt when it was published
 */
public record Publication(long id, long pollId, String question, String byVariable, int position,
		Instant publishedAt) {
}
