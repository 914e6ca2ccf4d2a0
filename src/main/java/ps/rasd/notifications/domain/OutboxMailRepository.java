package ps.rasd.notifications.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.notifications.MailStatus;

public interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

	Page<OutboxMail> findByStatus(MailStatus status, Pageable pageable);

	/** Rows by status, as pairs of status and count. */
	@Query("select m.status, count(m) from OutboxMail m group by m.status")
	List<Object[]> countByStatus();

	/**
	 * The ids of pending mails due by the given time: single mails before bulk mails (a newsletter never delays a
	 * referral), then the longest waiting first; bulk mails only when {@code bulkToo}.
	 */
	@Query("select m.id from OutboxMail m where m.status = ps.rasd.notifications.MailStatus.PENDING "
			+ "and m.nextAttemptAt <= :now and (m.bulk = false or :bulkToo = true) order by m.bulk, m.nextAttemptAt, m.id")
	List<Long> findDue(Instant now, boolean bulkToo, Pageable pageable);

	/** The ids of pending bulk mails due by the given time, the longest waiting first (the bulk lane). */
	@Query("select m.id from OutboxMail m where m.status = ps.rasd.notifications.MailStatus.PENDING "
			+ "and m.bulk = true and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
	List<Long> findDueBulk(Instant now, Pageable pageable);

	/** The ids of all pending mails due by the given time, single mails first. */
	default List<Long> findDue(Instant now, Pageable pageable) {
		return findDue(now, true, pageable);
	}

	/** Rows of a reference by status, as pairs of status and count. */
	@Query("select m.status, count(m) from OutboxMail m where m.reference = :reference group by m.status")
	List<Object[]> countByStatusFor(String reference);

	/** Recipients of failed mails of a kind, with how many of their mails failed. */
	@Query("select m.recipient, count(m) from OutboxMail m where m.kind = :kind "
			+ "and m.status = ps.rasd.notifications.MailStatus.FAILED group by m.recipient")
	List<Object[]> failuresOf(String kind);

	/**
	 * Claims a pending mail for sending until the given time, in a transaction of its own. The update applies only
	 * while the row is still pending, and a concurrent claim waits for the row lock and then sees it changed: of
	 * several dispatchers, on one node or many, exactly one gets {@code 1}.
	 * @return 1 if this caller now holds the mail, 0 if another took it first or it is no longer pending
	 */
	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update OutboxMail m set m.status = ps.rasd.notifications.MailStatus.SENDING, m.nextAttemptAt = :until, "
			+ "m.version = m.version + 1 where m.id = :id and m.status = ps.rasd.notifications.MailStatus.PENDING")
	int claim(long id, Instant until);

	/**
	 * Claims pending mails for sending until the given time, in one statement and a transaction of its own: each row
	 * changes only while it is still pending, so of several dispatchers exactly one holds each mail; the ones this
	 * caller got carry its {@code claim} ({@link #findClaimed}).
	 * @return how many this caller now holds
	 */
	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update OutboxMail m set m.status = ps.rasd.notifications.MailStatus.SENDING, m.nextAttemptAt = :until, "
			+ "m.claimedBy = :claim, m.version = m.version + 1 "
			+ "where m.id in :ids and m.status = ps.rasd.notifications.MailStatus.PENDING")
	int claimAll(Collection<Long> ids, Instant until, String claim);

	/** The mails a dispatcher holds under its claim, in id order. */
	@Query("select m from OutboxMail m where m.claimedBy = :claim "
			+ "and m.status = ps.rasd.notifications.MailStatus.SENDING order by m.id")
	List<OutboxMail> findClaimed(String claim);

	/**
	 * Marks mails sent in one statement, those still held under the claim (a mail taken over by another dispatcher
	 * after its claim lapsed is theirs to mark).
	 * @return how many were marked
	 */
	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update OutboxMail m set m.status = ps.rasd.notifications.MailStatus.SENT, m.sentAt = :now, "
			+ "m.claimedBy = null, m.version = m.version + 1 where m.id in :ids and m.claimedBy = :claim "
			+ "and m.status = ps.rasd.notifications.MailStatus.SENDING")
	int deliveredAll(Collection<Long> ids, Instant now, String claim);

	/**
	 * Puts back in the queue mails whose claim lapsed before the given time: the node sending them stopped before it
	 * could say how it went. Such a mail may have gone out already and is then sent twice; none is lost.
	 * @return how many were put back
	 */
	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update OutboxMail m set m.status = ps.rasd.notifications.MailStatus.PENDING, m.version = m.version + 1 "
			+ "where m.status = ps.rasd.notifications.MailStatus.SENDING and m.nextAttemptAt <= :now")
	int releaseLapsed(Instant now);
}
