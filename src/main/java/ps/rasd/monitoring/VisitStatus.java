package ps.rasd.monitoring;

/** Where a visit stands in its review (DESIGN §4). */
public enum VisitStatus {

	DRAFT, SUBMITTED, APPROVED, HAS_ISSUES, REJECTED;

	/** Whether the monitor may still change the answers. */
	public boolean editable() {
		return this == DRAFT || this == HAS_ISSUES;
	}
}
