package ps.rasd.search.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
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

	IndexOutbox(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One piece of waiting work. */
	record Work(long id, String type, String key, Instant queuedAt) {

		boolean everything() {
			return EVERYTHING.equals(type);
		}
	}

	/** Queues these records, in the caller's transaction when there is one. */
	void queue(String type, Collection<String> keys) {
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.batchUpdate("insert into search_outbox (record_type, record_key, queued_at) values (?, ?, ?)",
				keys.stream().map(k -> new Object[] { type, k, now }).toList());
	}

	/** The oldest waiting work, at most this many rows. */
	List<Work> next(int limit) {
		return jdbc.query("select id, record_type, record_key, queued_at from search_outbox order by id limit ?",
				(rs, n) -> new Work(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
				limit);
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
