package ps.rasd.search.internal;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

import ps.rasd.search.IndexBacklog;

/**
 * The index work waiting for the {@link IndexWorker}: rows of {@code search_outbox}, written in the transaction of the
 * change that causes them, deleted once the index holds them.
 */
@Component
public class IndexOutbox {

	/** The type of a row that asks for a rebuild of the whole index. */
	static final String EVERYTHING = "*";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final TransactionTemplate newVersions;

	IndexOutbox(JdbcTemplate jdbc, Clock clock) {
		this(jdbc, clock, new DataSourceTransactionManager(jdbc.getDataSource()));
	}

	@Autowired
	IndexOutbox(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.newVersions = new TransactionTemplate(transactions);
		this.newVersions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** One piece of waiting work. */
	record Work(long id, String type, String key, Instant queuedAt, String claim) {

		boolean everything() {
			return EVERYTHING.equals(type);
		}
	}

	/**
	 * A version above every change queued so far: the id of a row inserted and deleted in a transaction of its own
	 * (ids are never given again), for the documents of a rebuild, so that a change queued before the rebuild began
	 * and indexed late cannot overwrite what the rebuild read, and any change queued after it wins.
	 */
	long newVersion() {
		return newVersions.execute(status -> {
			GeneratedKeyHolder key = new GeneratedKeyHolder();
			Timestamp now = Timestamp.from(clock.instant());
			jdbc.update(connection -> {
				PreparedStatement insert = connection.prepareStatement(
						"insert into search_outbox (record_type, record_key, queued_at) values ('#', 'version', ?)",
						new String[] { "id" });
				insert.setTimestamp(1, now);
				return insert;
			}, key);
			long id = key.getKey().longValue();
			jdbc.update("delete from search_outbox where id = ?", id);
			return id;
		});
	}

	/** Queues these records, in the caller's transaction when there is one. */
	void queue(String type, Collection<String> keys) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.batchUpdate("insert into search_outbox (record_type, record_key, queued_at) values (?, ?, ?)",
				keys.stream().map(k -> new Object[] { type, k, now }).toList());
	}

	/**
	 * Claims the oldest waiting work that no live node holds, at most this many rows, for this long: another node
	 * takes none of it meanwhile (the claim is a conditional update, so two nodes never claim one row), and takes it
	 * again when the claim runs out without the work being done (its node died). While a node rebuilds the whole index
	 * (its claim on the rebuild is live) no node claims anything.
	 */
	List<Work> claim(int limit, Duration lease) {
		Instant now = clock.instant();
		String claim = UUID.randomUUID().toString();
		Timestamp free = Timestamp.from(now);
		// nothing while another node rebuilds the whole index: a change written meanwhile would go to the index the
		// rebuild replaces, and be lost when it does; it waits and goes to the new one
		jdbc.update("update search_outbox set claimed_by = ?, claimed_until = ? where id in (select id from search_outbox"
				+ " where claimed_until is null or claimed_until < ? order by id limit ?)"
				+ " and (claimed_until is null or claimed_until < ?) and not exists (select 1 from search_outbox b"
				+ " where b.record_type = ? and b.claimed_until >= ?)", claim, Timestamp.from(now.plus(lease)), free,
				limit, free, EVERYTHING, free);
		return jdbc.query("select id, record_type, record_key, queued_at from search_outbox where claimed_by = ?"
				+ " order by id", (rs, n) -> new Work(rs.getLong(1), rs.getString(2), rs.getString(3),
						rs.getTimestamp(4).toInstant(), claim), claim);
	}

	/**
	 * Keeps this node's claim on work it is still doing for another lease, so that a batch or a rebuild that takes
	 * longer than one lease is not taken by another node meanwhile; a claim that already ran out and was taken by
	 * another node stays theirs. Whether the claim was still held.
	 */
	boolean renew(List<Work> work, Duration lease) {
		if (work.isEmpty()) {
			return true;
		}
		int renewed = jdbc.update("update search_outbox set claimed_until = ? where claimed_by = ?",
				Timestamp.from(clock.instant().plus(lease)), work.get(0).claim());
		return renewed > 0;
	}

	/** Gives claimed work back (indexing it failed): another try, by any node, at once. */
	void release(List<Work> work) {
		jdbc.batchUpdate("update search_outbox set claimed_by = null, claimed_until = null where id = ? and claimed_by = ?",
				work.stream().map(w -> new Object[] { w.id(), w.claim() }).toList());
	}

	/** Whether a rebuild of the whole index waits, claimed or not. */
	boolean rebuildQueued() {
		Integer found = jdbc.queryForObject("select count(*) from search_outbox where record_type = ?", Integer.class,
				EVERYTHING);
		return found != null && found > 0;
	}

	/** Asks for a rebuild of the whole index, by whichever node claims it. */
	void queueRebuild() {
		queue(EVERYTHING, List.of(EVERYTHING));
	}

	/** Forgets work that is done. */
	void remove(List<Work> done) {
		jdbc.batchUpdate("delete from search_outbox where id = ?",
				done.stream().map(w -> new Object[] { w.id() }).toList());
	}

	/** How much work waits, and since when. */
	public IndexBacklog backlog() {
		return jdbc.queryForObject("select count(*), min(queued_at) from search_outbox", (rs, n) -> {
			Timestamp oldest = rs.getTimestamp(2);
			return new IndexBacklog(rs.getLong(1), oldest == null ? null : oldest.toInstant());
		});
	}
}
