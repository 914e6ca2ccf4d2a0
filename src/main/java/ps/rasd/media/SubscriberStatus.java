package ps.rasd.media;

/** Where a newsletter subscriber stands. */
public enum SubscriberStatus {

	/** Asked to subscribe; waits for the confirmation from their mailbox. */
	PENDING,

	/** Confirmed: receives every issue. */
	ACTIVE,

	/** Left in one click. */
	UNSUBSCRIBED,

	/** Their address keeps failing or bounced: no more mail is sent to it. */
	SUPPRESSED
}
