package ps.rasd.advocacy.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** An insert that gives back the generated id, on H2 and PostgreSQL alike. */
final class Inserts {

	private Inserts() {
	}

	/**
	 * A time as the databases keep it: cut to the microsecond, never rounded up (a time rounded up would be after the
	 * instant it was taken at, and a record published "now" would not be public now).
	 */
	static java.sql.Timestamp at(java.time.Instant instant) {
		return java.sql.Timestamp.from(instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
	}

	static long key(JdbcTemplate jdbc, String sql, Object... args) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.update(c -> {
			var ps = c.prepareStatement(sql, new String[] { "id" });
			for (int i = 0; i < args.length; i++) {
				org.springframework.jdbc.core.StatementCreatorUtils.setParameterValue(ps, i + 1,
						org.springframework.jdbc.core.SqlTypeValue.TYPE_UNKNOWN, args[i]);
			}
			return ps;
		}, keys);
		return keys.getKey().longValue();
	}
}
