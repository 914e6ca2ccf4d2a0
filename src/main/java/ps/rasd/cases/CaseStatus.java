package ps.rasd.cases;

/** Where a case stands (DESIGN §3). */
public enum CaseStatus {

	/** Filed, waiting for a coordinator to verify it. */
	SUBMITTED(true),

	/** The coordinator asked the reporter for more information. */
	NEEDS_INFO(true),

	/** Verified, waiting to be referred. */
	VERIFIED(true),

	/** Referred to an authority unit, waiting for its reply. */
	REFERRED(true),

	/** Not answered by the due date and referred to the unit above. */
	ESCALATED(true),

	/** The authority acknowledged the problem. */
	ACKNOWLEDGED(true),

	/** The authority is working on it. */
	IN_PROGRESS(true),

	/** The authority has scheduled an action for a date. */
	ACTION_SCHEDULED(true),

	/** The authority says another body is responsible. */
	NOT_RESPONSIBLE(true),

	/** The authority says it is fixed; a monitor is to check. */
	RESOLVED(true),

	/** A monitor confirmed the fix. */
	CONFIRMED_FIXED(false),

	/** A monitor found the problem still there. */
	REOPENED(true),

	/** Not a case Rasd follows (public reason). */
	REJECTED(false),

	/** The same problem as another case, which it follows. */
	DUPLICATE(false),

	/** Closed without a fix, by a coordinator's decision (public reason). */
	CLOSED_UNRESOLVED(false);

	private final boolean open;

	CaseStatus(boolean open) {
		this.open = open;
	}

	/** Whether the case is still followed (Open311 {@code open}). */
	public boolean isOpen() {
		return open;
	}

	/** Whether the case waits for the authority it was referred to. */
	public boolean awaitsAuthority() {
		return this == REFERRED || this == ESCALATED || this == ACKNOWLEDGED || this == IN_PROGRESS
				|| this == ACTION_SCHEDULED;
	}
}
