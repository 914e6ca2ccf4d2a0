package ps.rasd.network;

/** Where a membership stands: applied, then active, then lapsed, resigned or ended (or refused). */
public enum MembershipStatus {

	/** Applied (the public form or staff), waiting for a coordinator. */
	APPLIED,

	/** An active member: counts towards the quorum. */
	ACTIVE,

	/** Dues not renewed. */
	LAPSED,

	/** Left by their own wish. */
	RESIGNED,

	/** Ended by the organisation or at its end date. */
	ENDED,

	/** The application was not accepted. */
	REFUSED;

	/** Whether a membership in this status is still current (waiting or active). */
	public boolean current() {
		return this == APPLIED || this == ACTIVE;
	}
}
