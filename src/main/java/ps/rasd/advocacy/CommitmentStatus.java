package ps.rasd.advocacy;

/** Whether a decision maker kept a commitment. */
public enum CommitmentStatus {
	/** Not yet known; overdue once its date has passed. */
	PENDING,
	/** Done as promised. */
	KEPT,
	/** Done in part. */
	PARTLY_KEPT,
	/** Not done. */
	BROKEN
}
