package ps.rasd.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands (DESIGN §3), and the {@link Group} each state belongs to: open, fixed or closed (the grouping
 * public figures, maps and exports count by; nobody matches state names).
 */
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

	/**
	 * The grouping of states the public reads: {@code OPEN} (still being followed), {@code FIXED} (the authority
	 * says it is fixed, or a monitor confirmed it) and {@code CLOSED} (ended without a fix).
	 */
	public enum Group {
		OPEN, FIXED, CLOSED;

		/** The states of this group. */
		public Set<CaseStatus> states() {
			Set<CaseStatus> states = EnumSet.noneOf(CaseStatus.class);
			for (CaseStatus status : CaseStatus.values()) {
				if (status.group() == this) {
					states.add(status);
				}
			}
			return states;
		}
	}

	private final boolean open;

	CaseStatus(boolean open) {
		this.open = open;
	}

	/** The states still followed ({@link #isOpen()}), a {@code RESOLVED} case among them until its fix is checked. */
	public static Set<CaseStatus> followed() {
		Set<CaseStatus> states = EnumSet.noneOf(CaseStatus.class);
		for (CaseStatus status : values()) {
			if (status.open) {
				states.add(status);
			}
		}
		return states;
	}

	/** The states no longer followed. */
	public static Set<CaseStatus> ended() {
		return EnumSet.complementOf(EnumSet.copyOf(followed()));
	}

	/**
	 * The public group of the state. A {@code RESOLVED} case is still {@linkplain #isOpen() followed} (a monitor is to
	 * check the fix) but counts as fixed.
	 */
	public Group group() {
		if (this == RESOLVED || this == CONFIRMED_FIXED) {
			return Group.FIXED;
		}
		return open ? Group.OPEN : Group.CLOSED;
	}

	/** Whether a referral in this state waits for the authority's first answer (what can become overdue). */
	public boolean unanswered() {
		return this == REFERRED || this == ESCALATED;
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
