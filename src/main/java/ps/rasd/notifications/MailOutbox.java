package ps.rasd.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.notifications.domain.OutboxMail;
import ps.rasd.notifications.domain.OutboxMailRepository;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.PageResult;

/**
 * The mail outbox. A module queues a mail in the transaction of the change that causes it: if the change rolls
 * back, no mail goes out; if it commits, the mail is sent by the dispatcher, retried while the mail server is away,
 * and kept even when no mail server is configured. Administrators read the outbox and retry failed mails.
 */
@Service
@Transactional(readOnly = true)
public class MailOutbox {

	private static final int PAGE_MAX = 500;

	private final OutboxMailRepository mails;

	private final AuditTrail audit;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	MailOutbox(OutboxMailRepository mails, AuditTrail audit, Clock clock, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Queues a mail in the caller's transaction; it is sent only once that transaction commits.
	 * @return the outbox id
	 * @throws DomainException {@code notifications.mail.address-invalid} when the address is not one plain address,
	 * {@code notifications.mail.incomplete} without subject, text or kind, {@code notifications.mail.too-long}
	 * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a transaction
	 */
	// a refused mail writes nothing: the caller may catch the refusal and commit the rest of its change
	@Transactional(propagation = Propagation.MANDATORY, noRollbackFor = DomainException.class)
	public long queue(OutgoingMail mail) {
		return mails.save(new OutboxMail(mail, clock.instant())).getId();
	}

	/**
	 * Queues many mails in the caller's transaction with one batch of inserts (a newsletter's chunk), each checked
	 * as {@link #queue} checks one; a refused mail refuses the whole batch.
	 * @return how many were queued
	 * @throws DomainException as {@link #queue}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int queueAll(List<OutgoingMail> batch) {
		Instant now = clock.instant();
		List<Object[]> rows = batch.stream().map(mail -> new OutboxMail(mail, now).insertValues()).toList();
		jdbc.batchUpdate(OutboxMail.INSERT, rows);
		return rows.size();
	}

	/**
	 * Mails of the outbox, newest first.
	 * @param status one of {@link MailStatus}, or blank for all
	 * @throws DomainException {@code notifications.mail.status-unknown}
	 */
	public PageResult<OutboxEntry> entries(String status, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), PAGE_MAX),
				Sort.by(Sort.Direction.DESC, "id"));
		MailStatus wanted = status(status);
		var result = wanted == null ? mails.findAll(request) : mails.findByStatus(wanted, request);
		return PageResult.of(result, OutboxMail::toEntry);
	}

	/** How many mails there are of each status, every status named, in the order of {@link MailStatus}. */
	public Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (MailStatus status : MailStatus.values()) {
			counts.put(status.name(), 0L);
		}
		for (Object[] row : mails.countByStatus()) {
			counts.put(((MailStatus) row[0]).name(), ((Number) row[1]).longValue());
		}
		return counts;
	}

	/**
	 * How many mails about one record (e.g. a newsletter issue) there are of each status, every status named.
	 */
	public Map<String, Long> countsFor(String reference) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (MailStatus status : MailStatus.values()) {
			counts.put(status.name(), 0L);
		}
		for (Object[] row : mails.countByStatusFor(reference)) {
			counts.put(((MailStatus) row[0]).name(), ((Number) row[1]).longValue());
		}
		return counts;
	}

	/** The recipients with at least {@code atLeast} failed mails of a kind (given up on, or refused outright). */
	public List<String> failingRecipients(String kind, int atLeast) {
		return mails.failuresOf(kind).stream().filter(row -> ((Number) row[1]).longValue() >= atLeast)
			.map(row -> (String) row[0]).toList();
	}

	/**
	 * Puts a failed mail back in the queue, due now, with all its attempts again; recorded in the audit log.
	 * @throws NotFoundException {@code notifications.mail.not-found}
	 * @throws ps.rasd.shared.ConflictException {@code notifications.mail.not-failed} unless the mail has failed
	 */
	@Transactional
	public void retry(long id) {
		OutboxMail mail = mails.findById(id).orElseThrow(() -> new NotFoundException("notifications.mail.not-found", id));
		mail.retry(clock.instant().truncatedTo(ChronoUnit.MICROS));
		audit.record("notifications.mail.retried", "mail", id, null, mail.getKind());
	}

	private static MailStatus status(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return MailStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new DomainException("notifications.mail.status-unknown", value);
		}
	}
}
