package ps.rasd.media;

/** Where a newsletter issue stands. */
public enum IssueStatus {

	/** Being composed; seen by editors only. */
	DRAFT,

	/** Its mails are being queued in the outbox. */
	SENDING,

	/** Every mail is queued; in the public archive. */
	SENT
}
