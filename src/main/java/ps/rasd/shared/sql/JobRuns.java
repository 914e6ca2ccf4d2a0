package ps.rasd.shared.sql;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.shared.ClusterProperties;

/**
 * Periodic work that runs once a time slot, whatever the number of nodes: a run writes a row of
 * {@code platform_job_run} (the job and the start of its slot, slots counted from the database's clock) in the
 * transaction of its work. The primary key lets one node only run a slot (another node's insert waits for the first
 * to commit, then finds the row and does nothing); a node killed mid-run leaves no row, its transaction being rolled back
 * by the database as its connection closes, so the next node that looks runs that slot. Slots missed while no node
 * looked (every node down, or the scheduler late under load) are run one a look, oldest first, up to
 * {@value #CATCH_UP} slots back; older ones are given up. Nodes should look several times a slot.
 * <p>
 * A job on a calendar (a cron expression in a time zone: the morning digest, the nightly retention) has a slot a
 * firing: a look runs the latest firing not run yet if it is at most {@code within} old; firings missed before it are
 * not run (one digest, not one a missed morning).
 */
@Component
public class JobRuns {

	static final int CATCH_UP = 24;

	private static final Duration KEPT = Duration.ofDays(7);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final String node;

	public JobRuns(DataSource dataSource, PlatformTransactionManager transactions, ClusterProperties cluster) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.transactions = new TransactionTemplate(transactions);
		this.node = cluster.name();
	}

	/**
	 * Runs the work for this job's oldest slot not run yet, up to the current one, in one transaction with the row that
	 * records it (the work's own transactions join it).
	 * @return whether it ran; {@code false} when every slot up to now has run, or another node is running this one
	 */
	public boolean runDue(String job, Duration slot, Runnable work) {
		try {
			return Boolean.TRUE.equals(transactions.execute(status -> {
				Instant now = databaseNow();
				long length = slot.toMillis();
				Instant current = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
				OffsetDateTime last = jdbc.queryForObject(
						"select max(slot_start) from platform_job_run where job = ?", OffsetDateTime.class, job);
				Instant next = last == null || last.toInstant().isBefore(current.minus(slot.multipliedBy(CATCH_UP)))
						? current : last.toInstant().plus(slot);
				if (next.isAfter(current)) {
					return false;
				}
				jdbc.update("insert into platform_job_run (job, slot_start, node, ran_at) values (?, ?, ?, ?)", job,
						utc(next), node, utc(now));
				work.run();
				jdbc.update("delete from platform_job_run where job = ? and slot_start < ?", job,
						utc(next.minus(KEPT.compareTo(slot.multipliedBy(CATCH_UP)) > 0 ? KEPT
								: slot.multipliedBy(CATCH_UP))));
				return true;
			}));
		}
		catch (DuplicateKeyException ex) {
			// another node ran this slot meanwhile
			return false;
		}
	}

	/**
	 * Runs the work for the latest firing of {@code cron} (in {@code zone}) up to now, if no node ran it yet and it is
	 * at most {@code within} old, in one transaction with the row that records it.
	 * @return whether it ran
	 */
	public boolean runDue(String job, CronExpression cron, ZoneId zone, Duration within, Runnable work) {
		try {
			return Boolean.TRUE.equals(transactions.execute(status -> {
				Instant now = databaseNow();
				Instant slot = latestFiring(cron, zone, now);
				if (slot == null || slot.isBefore(now.minus(within))) {
					return false;
				}
				Integer done = jdbc.queryForObject(
						"select count(*) from platform_job_run where job = ? and slot_start = ?", Integer.class, job,
						utc(slot));
				if (done != null && done > 0) {
					return false;
				}
				jdbc.update("insert into platform_job_run (job, slot_start, node, ran_at) values (?, ?, ?, ?)", job,
						utc(slot), node, utc(now));
				work.run();
				jdbc.update("delete from platform_job_run where job = ? and slot_start < ?", job,
						utc(slot.minus(KEPT)));
				return true;
			}));
		}
		catch (DuplicateKeyException ex) {
			// another node ran this firing meanwhile
			return false;
		}
	}

	/** The latest time at or before {@code now} when {@code cron} fires in {@code zone}, or null if none in a year. */
	static Instant latestFiring(CronExpression cron, ZoneId zone, Instant now) {
		ZonedDateTime at = now.atZone(zone);
		for (Duration back : new Duration[] { Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(8),
				Duration.ofDays(32), Duration.ofDays(367) }) {
			ZonedDateTime firing = cron.next(at.minus(back));
			if (firing == null || firing.isAfter(at)) {
				continue;
			}
			for (ZonedDateTime later = cron.next(firing); later != null && !later.isAfter(at); later = cron
				.next(later)) {
				firing = later;
			}
			return firing.toInstant();
		}
		return null;
	}

	private Instant databaseNow() {
		return jdbc.queryForObject("select current_timestamp", OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
