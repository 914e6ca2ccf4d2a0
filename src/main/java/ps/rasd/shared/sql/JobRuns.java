package ps.rasd.shared.sql;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
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
				Instant now = jdbc.queryForObject("select current_timestamp", OffsetDateTime.class).toInstant();
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

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
