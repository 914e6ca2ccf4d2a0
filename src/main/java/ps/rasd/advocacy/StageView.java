package ps.rasd.advocacy;

import java.time.LocalDate;

/**
 * A stage an instrument reached.
 *
 * @param id the record
 * @param stage the stage code (of the {@link TermList#STAGE} list)
 * @param onDate when
 * @param source where this is known from (a gazette issue, a news link, a session's minutes)
 * @param note a note, or {@code null}
 */
public record StageView(long id, String stage, LocalDate onDate, String source, String note) {
}
