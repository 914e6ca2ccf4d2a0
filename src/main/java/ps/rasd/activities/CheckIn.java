package ps.rasd.activities;

/**
 * The answer to a scan or a typed code at the door.
 *
 * @param outcome what happened
 * @param name the name of the registration (shown to the staff at the door), or {@code null} when unknown
 * @param registrationId the registration, or {@code 0}
 */
public record CheckIn(Outcome outcome, String name, long registrationId) {

	/** What a check-in did. */
	public enum Outcome {
		/** Checked in now. */
		CHECKED_IN,
		/** Already checked in to this session (another phone, or a queued scan sent again): counted once. */
		ALREADY,
		/** On the waiting list: checked in all the same, the seat is theirs. */
		FROM_WAITING_LIST,
		/** Cancelled or of another activity. */
		NOT_VALID,
		/** No such code. */
		UNKNOWN
	}
}
