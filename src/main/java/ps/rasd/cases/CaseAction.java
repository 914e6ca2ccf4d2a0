package ps.rasd.cases;

/** What can be done to a case; {@link Workflow} says from which state, to which state and by whom. */
public enum CaseAction {
	VERIFY, REQUEST_INFO, PROVIDE_INFO, REJECT, MARK_DUPLICATE, REFER, REPLY_ACKNOWLEDGED, REPLY_IN_PROGRESS,
	REPLY_SCHEDULED, REPLY_RESOLVED, REPLY_NOT_RESPONSIBLE, ESCALATE, CONFIRM_FIX, REOPEN, CLOSE_UNRESOLVED;

	/** Whether this action records the authority's reply. */
	public boolean isReply() {
		return name().startsWith("REPLY_");
	}
}
