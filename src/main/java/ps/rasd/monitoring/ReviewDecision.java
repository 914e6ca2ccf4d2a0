package ps.rasd.monitoring;

/** What a coordinator decides about a submitted visit. */
public enum ReviewDecision {

	APPROVE(VisitStatus.APPROVED), HAS_ISSUES(VisitStatus.HAS_ISSUES), REJECT(VisitStatus.REJECTED);

	private final VisitStatus result;

	ReviewDecision(VisitStatus result) {
		this.result = result;
	}

	public VisitStatus result() {
		return result;
	}

	/** Sending back or rejecting needs a comment for the monitor. */
	public boolean needsComment() {
		return this != APPROVE;
	}
}
