package ps.rasd.advocacy;

import java.time.LocalDate;

/**
 * A result of a campaign, with its source.
 *
 * @param id the record
 * @param kind what kind of result
 * @param text what changed
 * @param source where this is known from
 * @param onDate when
 */
public record Outcome(long id, OutcomeKind kind, String text, String source, LocalDate onDate) {
}
