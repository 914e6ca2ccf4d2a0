package ps.rasd.cases;

/**
 * Who acts on a case, as far as the workflow cares.
 */
public enum CaseActor {

	/** A coordinator of the case's governorate, or an administrator. */
	COORDINATOR,

	/** A coordinator of another governorate. */
	COORDINATOR_ELSEWHERE,

	/** The monitor a follow-up check of the case is assigned to. */
	FOLLOW_UP_MONITOR,

	/** Any other monitor (the one who filed the case included). */
	MONITOR,

	/** The staff member or partner who filed the case, or the reporter through the tracking link. */
	REPORTER,

	/** An analyst or partner user (reads, never changes). */
	READER,

	/** The authority unit the case is referred to, through its signed reply link. */
	AUTHORITY,

	/** Rasd itself (a scheduled job). */
	SYSTEM
}
