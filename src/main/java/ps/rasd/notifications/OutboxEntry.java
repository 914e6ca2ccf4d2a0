package ps.rasd.notifications;

import java.time.Instant;

/**
 * A mail of the outbox, as the administrators' page shows it (without its body).
 *
 * @param id the outbox id
 * @param to the recipient's address
 * @param subject the subject line
 * @param kind what the mail is about
 * @param reference the record it is about, may be {@code null}
 * @param status where it stands
 * @param attempts how many times sending it failed
 * @param nextAttemptAt when it will next be tried (for a mail being sent: when its claim lapses)
 * @param lastError the last failure, may be {@code null}
 * @param createdAt when it was queued
 * @param sentAt when the mail server accepted it, may be {@code null}
 */
public record OutboxEntry(long id, String to, String subject, String kind, String reference, MailStatus status,
		int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

	/** Whether an administrator may put it back in the queue. */
	public boolean retryable() {
		return status == MailStatus.FAILED;
	}
}
