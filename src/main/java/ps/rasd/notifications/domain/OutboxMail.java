package ps.rasd.notifications.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ps.rasd.notifications.MailStatus;
import ps.rasd.notifications.OutboxEntry;
import ps.rasd.notifications.OutgoingMail;
import ps.rasd.shared.ConflictException;

/**
 * A mail of the outbox and its way to the mail server: PENDING, claimed (SENDING), then SENT, or back to PENDING
 * after a failure with a pause that doubles each time (1 minute up to 1 hour), or FAILED after the last attempt.
 * Claiming and releasing are conditional updates of {@link OutboxMailRepository}; the rest happens here.
 */
@Entity
@Table(name = "notifications_outbox")
public class OutboxMail {

	static final int ERROR_MAX = 2000;

	private static final Duration FIRST_PAUSE = Duration.ofMinutes(1);

	private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String recipient;

	private String subject;

	private String textBody;

	private String htmlBody;

	private String kind;

	private String reference;

	@Enumerated(EnumType.STRING)
	private MailStatus status;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastError;

	private Instant createdAt;

	private Instant sentAt;

	private boolean bulk;

	private String extraHeaders;

	private String attachments;

	private String claimedBy;

	@Version
	private long version;

	protected OutboxMail() {
	}

	/** A mail due now; {@link MailRules} checks it first. */
	public OutboxMail(OutgoingMail mail, Instant now) {
		MailRules.check(mail);
		this.recipient = mail.to().strip();
		this.subject = mail.subject().strip();
		this.textBody = mail.textBody();
		this.htmlBody = mail.htmlBody() == null || mail.htmlBody().isBlank() ? null : mail.htmlBody();
		this.kind = mail.kind().strip();
		this.reference = mail.reference() == null || mail.reference().isBlank() ? null : mail.reference().strip();
		this.bulk = mail.bulk();
		String headers = MailRules.headerText(mail);
		this.extraHeaders = headers.isEmpty() ? null : headers;
		String files = MailRules.attachmentText(mail);
		this.attachments = files.isEmpty() ? null : files;
		this.status = MailStatus.PENDING;
		this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
		this.nextAttemptAt = this.createdAt;
	}

	/** The mail server accepted it. */
	/** The insert of a new mail, one row at a time in a JDBC batch ({@link #insertValues()}). */
	public static final String INSERT = "insert into notifications_outbox (recipient, subject, text_body, html_body, "
			+ "kind, reference, status, attempts, next_attempt_at, created_at, bulk, extra_headers, attachments, "
			+ "version) values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?, 0)";

	/** The values of {@link #INSERT} for this new mail. */
	public Object[] insertValues() {
		return new Object[] { recipient, subject, textBody, htmlBody, kind, reference,
				java.sql.Timestamp.from(nextAttemptAt), java.sql.Timestamp.from(createdAt), bulk, extraHeaders,
				attachments };
	}

	public void delivered(Instant now) {
		requireSending();
		status = MailStatus.SENT;
		sentAt = now;
	}

	/** Sending failed: try again after a pause, or give up when this was the last attempt allowed. */
	public void attemptFailed(String error, Instant now, int maxAttempts) {
		requireSending();
		attempts++;
		lastError = error == null || error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
		if (attempts >= maxAttempts) {
			status = MailStatus.FAILED;
		}
		else {
			status = MailStatus.PENDING;
			nextAttemptAt = now.plus(pauseAfter(attempts));
		}
	}

	/** The mail server refused the address outright (a permanent failure): not tried again. */
	public void refused(String error) {
		requireSending();
		attempts++;
		lastError = error == null || error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
		status = MailStatus.FAILED;
	}

	/** An administrator puts a failed mail back in the queue, due now, with all its attempts again. */
	public void retry(Instant now) {
		if (status != MailStatus.FAILED) {
			throw new ConflictException("notifications.mail.not-failed", id);
		}
		status = MailStatus.PENDING;
		attempts = 0;
		nextAttemptAt = now;
	}

	/** The pause after the given number of failed attempts: 1, 2, 4 ... minutes, never more than an hour. */
	public static Duration pauseAfter(int attempts) {
		if (attempts <= 0) {
			return Duration.ZERO;
		}
		if (attempts > 7) {
			return LONGEST_PAUSE;
		}
		Duration pause = FIRST_PAUSE.multipliedBy(1L << (attempts - 1));
		return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
	}

	private void requireSending() {
		if (status != MailStatus.SENDING) {
			throw new IllegalStateException("Mail " + id + " is " + status + ", not claimed for sending");
		}
	}

	public OutboxEntry toEntry() {
		return new OutboxEntry(id, recipient, subject, kind, reference, status, attempts, nextAttemptAt, lastError,
				createdAt, sentAt);
	}

	public Long getId() {
		return id;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getSubject() {
		return subject;
	}

	public String getTextBody() {
		return textBody;
	}

	public String getHtmlBody() {
		return htmlBody;
	}

	public boolean isBulk() {
		return bulk;
	}

	/** The extra header lines as pairs of name and value, in the order kept. */
	public java.util.List<String[]> extraHeaders() {
		if (extraHeaders == null) {
			return java.util.List.of();
		}
		return extraHeaders.lines().filter(l -> l.indexOf(':') > 0)
			.map(l -> new String[] { l.substring(0, l.indexOf(':')).strip(), l.substring(l.indexOf(':') + 1).strip() })
			.toList();
	}

	/** The attached files as kept: name, media type and bytes, in the order given. */
	public java.util.List<ps.rasd.notifications.OutgoingMail.Attachment> attachments() {
		if (attachments == null) {
			return java.util.List.of();
		}
		return attachments.lines().map(l -> l.split("\t", 3)).filter(p -> p.length == 3)
			.map(p -> new ps.rasd.notifications.OutgoingMail.Attachment(p[0], p[1], java.util.Base64.getDecoder().decode(p[2])))
			.toList();
	}

	public String getKind() {
		return kind;
	}

	public String getReference() {
		return reference;
	}

	public MailStatus getStatus() {
		return status;
	}

	public int getAttempts() {
		return attempts;
	}

	public Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	public String getLastError() {
		return lastError;
	}
}
