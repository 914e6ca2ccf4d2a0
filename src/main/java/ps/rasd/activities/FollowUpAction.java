package ps.rasd.activities;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action to follow an activity up, for staff only.
 *
 * @param id the action
 * @param description what is to be done
 * @param ownerPersonId the person of the network who owns it
 * @param ownerName their name
 * @param dueOn the day it is due
 * @param doneAt when it was marked done, or {@code null}
 */
public record FollowUpAction(long id, String description, long ownerPersonId, String ownerName, LocalDate dueOn,
		Instant doneAt) {

	/** Whether it is still open after its day. */
	public boolean overdue(LocalDate today) {
		return doneAt == null && dueOn.isBefore(today);
	}
}
