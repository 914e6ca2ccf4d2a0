package ps.rasd.advocacy;

/** The coalition's position on an instrument. */
public enum Stance {
	/** It should be adopted or kept as it is. */
	SUPPORT,
	/** It should be rejected or repealed. */
	OPPOSE,
	/** It should be changed, as the asks say. */
	AMEND
}
