package ps.rasd.freedoms;

/** A step in an event's documentation. */
public enum EventAction {

	/** Initial report → being verified. */
	START_VERIFICATION,

	/** Being verified → verified (needs a source and an act). */
	VERIFY,

	/** Verified → closed. */
	CLOSE,

	/** Closed → being verified. */
	REOPEN
}
