package ps.rasd.advocacy;

/** What a campaign targets. */
public enum TargetKind {
	/** A law or policy tracked here (its id). */
	INSTRUMENT,
	/** A public service (a registry sector code). */
	SECTOR,
	/** A body (a registry authority id). */
	AUTHORITY,
	/** A decision maker (a network person id). */
	PERSON
}
