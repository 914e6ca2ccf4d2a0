package ps.rasd.advocacy;

import java.time.LocalDate;

/**
 * A step of a campaign's timeline.
 *
 * @param id the record
 * @param title what should happen
 * @param dueOn by when
 * @param doneOn when it happened, or {@code null}
 */
public record Milestone(long id, String title, LocalDate dueOn, LocalDate doneOn) {

	/** Whether it happened. */
	public boolean done() {
		return doneOn != null;
	}
}
