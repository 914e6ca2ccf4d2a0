package ps.rasd.notifications;

/** Where a mail of the outbox stands. */
public enum MailStatus {

	/** Waiting to be sent, now or at its next attempt. */
	PENDING,

	/** Being sent by a dispatcher that has claimed it. */
	SENDING,

	/** Accepted by the mail server. */
	SENT,

	/** Given up on after the last attempt; an administrator may retry it. */
	FAILED
}
