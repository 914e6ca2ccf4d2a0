package ps.rasd.shared.access;

/** How much of one record a reader sees. */
public enum Sight {

	/** Nothing: the record does not exist for them (a 404, not a 403, where existence itself is sensitive). */
	NONE,

	/** The redacted copy that was published or shared (no identities, coarsened places, public text only). */
	COPY,

	/** The record as staff work on it (sealed identities still need {@link ReadRule#readsSealed}). */
	FULL;

	/** Whether anything is seen. */
	public boolean any() {
		return this != NONE;
	}
}
