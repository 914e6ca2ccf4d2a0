package ps.rasd.freedoms.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import ps.rasd.shared.access.AccessFacts;
import ps.rasd.shared.spi.SitemapSource;

/** The public pages of the module: the list, the figures and each public copy past its embargo. */
class EventSitemap implements SitemapSource {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	EventSitemap(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry("/violations", null));
		entries.add(new Entry("/violations/figures", null));
		LocalDate today = LocalDate.now(clock.withZone(AccessFacts.ZONE));
		jdbc.query("select reference, published_at from freedoms_event where tier = 'PUBLIC' and (embargo_until is "
				+ "null or embargo_until <= ?) order by id", rs -> {
					Timestamp at = rs.getTimestamp(2);
					entries.add(new Entry("/violations/" + rs.getString(1), at == null ? null : at.toInstant()));
				}, today);
		return entries;
	}
}
