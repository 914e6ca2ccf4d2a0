package ps.rasd.cases;

/** Whether an authority's reply may be published next to the finding. */
public enum Moderation {
	PENDING, APPROVED, REJECTED
}
