package ps.rasd.cases.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.SqlScope;
import ps.rasd.shared.spi.SitemapSource;
import ps.rasd.shared.sql.KeysetPages;
import ps.rasd.shared.sql.SqlConditions;

/**
 * The newest published cases in the sitemap, at most the 50,000 URLs a sitemap may hold: read by keyset pages of id
 * from the lowest id among them, so the cost follows the sitemap's size, not the number of cases (pages by offset
 * counted and skipped every case before each page).
 */
class FindingSitemap implements SitemapSource {

	static final int MAX_ENTRIES = 50_000;

	private static final int PAGE = 1000;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	FindingSitemap(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<Entry> entries() {
		SqlConditions where = new SqlConditions()
			.and(SqlScope.where(ReadRules.publicNow(clock.instant()), CaseAccess.SQL))
			.and("public_title is not null");
		// the lowest id among the newest MAX_ENTRIES published cases (walks the id index from its end)
		List<Long> lowest = jdbc.queryForList("select id from cases_case where " + where.sql()
				+ " order by id desc offset " + (MAX_ENTRIES - 1) + " rows fetch first 1 rows only", Long.class,
				where.arguments().toArray());
		List<Object> arguments = new ArrayList<>(where.arguments());
		arguments.add(lowest.isEmpty() ? Long.MIN_VALUE : lowest.get(0));
		List<Entry> entries = new ArrayList<>();
		KeysetPages.read(jdbc, "select id, reference, updated_at from cases_case where " + where.sql()
				+ " and id >= ? and id > ? order by id limit ?", arguments, PAGE,
				(rs, n) -> new Row(rs.getLong(1), new Entry("/findings/" + rs.getString(2),
						rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant())),
				Row::id, page -> page.forEach(r -> entries.add(r.entry())));
		return entries;
	}

	private record Row(long id, Entry entry) {
	}
}
