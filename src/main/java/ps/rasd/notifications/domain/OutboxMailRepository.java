package ps.rasd.notifications.domain;

import java.time.Instant;
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

	/** The ids of pending mails due by the given time, the longest waiting first. */
	@Query("select m.id from OutboxMail m where m.status = ps.rasd.notifications.MailStatus.PENDING "
			+ "and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
	List<Long> findDue(Instant now, Pageable pageable);

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
