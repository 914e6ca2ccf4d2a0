package ps.rasd.network;

import java.time.LocalDate;

/**
 * A seat on the board in one term.
 *
 * @param termId the term
 * @param startsOn the term's start
 * @param endsOn the term's end
 * @param person who holds it
 * @param name their name
 * @param position the position
 */
public record BoardSeat(long termId, LocalDate startsOn, LocalDate endsOn, PersonId person, String name,
		BoardPosition position) {
}
