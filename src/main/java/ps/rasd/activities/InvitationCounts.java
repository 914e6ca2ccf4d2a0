package ps.rasd.activities;

/**
 * The replies to an activity's invitations.
 *
 * @param invited invitations sent
 * @param accepted "I'll come" (each a registration, on the waiting list when full)
 * @param declined "I can't"
 */
public record InvitationCounts(long invited, long accepted, long declined) {

	/** Invitations not answered yet. */
	public long noAnswer() {
		return invited - accepted - declined;
	}
}
