package ps.rasd.platform.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.platform.security.LoginThrottle.Window;

/**
 * Sign-in failures in {@code platform_sign_in_failures} (PostgreSQL), shared by every node: an update locks the key's
 * row ({@code SELECT ... FOR UPDATE}) in its own transaction, so two nodes counting a failure at once both count.
 */
final class DatabaseWindows implements LoginThrottle.Windows {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	DatabaseWindows(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public Window get(String key) {
		List<Window> rows = jdbc.query(
				"select failures, window_start, blocked_until from platform_sign_in_failures where throttle_key = ?",
				(rs, n) -> new Window(rs.getInt(1), rs.getTimestamp(2).toInstant(),
						rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()),
				key);
		return rows.isEmpty() ? null : rows.get(0);
	}

	@Override
	public void update(String key, UnaryOperator<Window> next) {
		transaction.executeWithoutResult(status -> {
			jdbc.update("""
					insert into platform_sign_in_failures (throttle_key, failures, window_start)
					values (?, 0, ?) on conflict (throttle_key) do nothing""", key, Timestamp.from(Instant.EPOCH));
			Window current = jdbc.queryForObject(
					"select failures, window_start, blocked_until from platform_sign_in_failures where throttle_key = ? for update",
					(rs, n) -> rs.getInt(1) == 0 ? null : new Window(rs.getInt(1), rs.getTimestamp(2).toInstant(),
							rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()),
					key);
			Window updated = next.apply(current);
			jdbc.update("""
					update platform_sign_in_failures set failures = ?, window_start = ?, blocked_until = ?
					where throttle_key = ?""", updated.failures(), Timestamp.from(updated.start()),
					updated.blockedUntil() == null ? null : Timestamp.from(updated.blockedUntil()), key);
		});
	}

	@Override
	public void remove(String key) {
		jdbc.update("delete from platform_sign_in_failures where throttle_key = ?", key);
	}

	@Override
	public void removeIf(Predicate<Window> expired, Instant now, Instant startedBefore) {
		Timestamp before = Timestamp.from(startedBefore);
		jdbc.update("""
				delete from platform_sign_in_failures
				where window_start < ? and (blocked_until is null or blocked_until < ?)""", before,
				Timestamp.from(now));
	}
}
