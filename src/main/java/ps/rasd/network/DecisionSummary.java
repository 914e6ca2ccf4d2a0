package ps.rasd.network;

import java.time.LocalDate;

/**
 * A decision of a meeting, followed until done.
 *
 * @param id the decision
 * @param meetingId the meeting that took it
 * @param meetingTitle its title
 * @param text what was decided
 * @param owner who carries it out, or {@code null}
 * @param ownerName the owner's name
 * @param dueOn by when
 * @param done whether it is done
 * @param doneOn when it was done
 */
public record DecisionSummary(long id, long meetingId, String meetingTitle, String text, PersonId owner,
		String ownerName, LocalDate dueOn, boolean done, LocalDate doneOn) {

	/** Whether it is past its due date and not done. */
	public boolean overdue(LocalDate today) {
		return !done && dueOn != null && dueOn.isBefore(today);
	}
}
