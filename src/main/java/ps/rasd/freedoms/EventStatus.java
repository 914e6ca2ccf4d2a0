package ps.rasd.freedoms;

/**
 * Where the documentation of an event stands: initial report → being verified → verified → closed. Status groups are
 * data: whether the event still waits for the team ({@link #open()}) and whether a copy may be published.
 */
public enum EventStatus {

	/** Reported (by the public, a monitor, a partner or a documenter) and not yet looked at. */
	INITIAL_REPORT,

	/** A documenter is checking the facts with sources. */
	BEING_VERIFIED,

	/** The facts are established well enough to be counted and, with consent, published. */
	VERIFIED,

	/** Documentation finished; kept, counted, may still be published. */
	CLOSED;

	/** Whether the team still works on it. */
	public boolean open() {
		return this == INITIAL_REPORT || this == BEING_VERIFIED;
	}

	/** Whether a redacted copy may be published and the event counted in the figures. */
	public boolean established() {
		return this == VERIFIED || this == CLOSED;
	}
}
