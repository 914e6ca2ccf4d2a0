package ps.rasd.activities;

import java.util.Set;

/**
 * Where an activity stands: {@code PLANNED → OPEN} (for registration) {@code → HELD → REPORTED}; a planned or open
 * activity may be {@code CANCELLED}. A meeting without public registration may go from planned to held.
 */
public enum ActivityStatus {

	PLANNED, OPEN, HELD, REPORTED, CANCELLED;

	/** The statuses this one may move to. */
	public Set<ActivityStatus> next() {
		return switch (this) {
			case PLANNED -> Set.of(OPEN, HELD, CANCELLED);
			case OPEN -> Set.of(HELD, CANCELLED);
			case HELD -> Set.of(REPORTED);
			case REPORTED, CANCELLED -> Set.of();
		};
	}

	/** Whether the public sees the activity (its page, the calendar). */
	public boolean shownToPublic() {
		return this != PLANNED;
	}

	/** Whether the public may register. */
	public boolean takesRegistrations() {
		return this == OPEN;
	}
}
