package ps.rasd.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.cases.CaseStatus;
import ps.rasd.cases.domain.CaseFile;
import ps.rasd.shared.sql.ExportDays;
import ps.rasd.shared.spi.PublicStatistics.Cell;
import ps.rasd.shared.spi.PublicStatistics.Figure;
import ps.rasd.shared.spi.PublicStatistics.Filter;
import ps.rasd.shared.spi.PublicStatistics.Point;
import ps.rasd.shared.spi.PublicStatistics.StateGroup;
import ps.rasd.shared.spi.SearchableChanged;
import ps.rasd.shared.sql.SqlConditions;

/**
 * The counts of published cases kept as they change, so the public figures read a small table instead of every case.
 * A change queues its case in {@code cases_count_queue} in its own transaction (no lock taken: filing never waits on a
 * count); one writer at a time applies the queue ({@link #apply()}, every half second): each queued case is moved from
 * the key it is counted under ({@code cases_count_fact}) to its key now. A read adds what the queue has not applied
 * yet, in the same statement, so the figures are exact the moment a change commits.
 */
@Component
class PublicCounts {

	private static final int BATCH = 500;

	private static final String KEY = "governorate_code, sector_code, authority_id, status, filed_month, embargo_until";

	/** A case's key as the counts hold it (see the migration: 0 = no authority, 1900-01-01 = no embargo). */
	private static final String CASE_KEY = "governorate_code, sector_code, coalesce(authority_id, 0) as authority_id, "
			+ "status, cast(extract(year from (created_at at time zone 'Asia/Hebron')) as integer) * 100 "
			+ "+ cast(extract(month from (created_at at time zone 'Asia/Hebron')) as integer) as filed_month, "
			+ "coalesce(embargo_until, date '1900-01-01') as embargo_until";

	/** The reply histogram's key: the median never filters by state. */
	private static final String REPLY_KEY = "governorate_code, sector_code, authority_id, filed_month, embargo_until, "
			+ "reply_bucket";

	/** The key of the histogram for figures filtered by no place, sector or authority. */
	private static final String MONTH_REPLY_KEY = "filed_month, embargo_until, reply_bucket";

	/** The square of the map a case is counted in: its position floored to a hundredth of a degree. */
	private static final String CASE_CELL = "cast(floor(latitude * 100) as integer) as lat_cell, "
			+ "cast(floor(longitude * 100) as integer) as lon_cell";

	private static final String POINT_KEY = "lat_cell, lon_cell, embargo_until";

	/**
	 * What the fact table keeps of a case: its key, its reply bucket, its exact days to the first reply and its
	 * square of the map.
	 */
	private static final String FACT = KEY + ", reply_bucket, reply_days, lat_cell, lon_cell";

	/** The same, read from the case. */
	private static final String CASE_FACT = CASE_KEY + ", " + ReplyBuckets.SQL + " as reply_bucket, "
			+ ReplyBuckets.DAYS_SQL + " as reply_days, " + CASE_CELL;

	private static final String QUEUED = "(select case_id from cases_count_queue)";

	/** A state's public group ({@link CasePublicStatistics#state}) in SQL over a {@code status} column. */
	private static final String STATE_GROUP = stateGroupSql();

	private static final String COUNTED = "tier = 'PUBLIC' and public_title is not null";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final ScorecardCounts scorecards;

	PublicCounts(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactionManager,
			ScorecardCounts scorecards) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.scorecards = scorecards;
	}

	/** A case changed: its count is moved by the writer, after this transaction commits. */
	@EventListener
	void on(SearchableChanged changed) {
		if (CaseFile.SEARCH_TYPE.equals(changed.type()) && !changed.keys().isEmpty()) {
			jdbc.batchUpdate("insert into cases_count_queue (case_id) values (?)",
					changed.keys().stream().map(key -> new Object[] { Long.valueOf(key) }).toList());
		}
	}

	/** Queues every case, for cases written without events (the demo data): the writer counts each one once. */
	void queueAll() {
		jdbc.update("insert into cases_count_queue (case_id) select id from cases_case");
	}

	/** Applies the whole queue, a batch a transaction; how many queued changes it took. */
	@Scheduled(initialDelayString = "${rasd.cases.public-counts-first-delay:PT5S}",
			fixedDelayString = "${rasd.cases.public-counts-delay:PT0.5S}")
	int apply() {
		int total = 0;
		int taken;
		do {
			taken = transactions.execute(status -> applyBatch());
			total += taken;
		}
		while (taken == BATCH);
		return total;
	}

	private int applyBatch() {
		List<long[]> queued = jdbc.query("select id, case_id from cases_count_queue order by id fetch first " + BATCH
				+ " rows only", (rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) });
		if (queued.isEmpty()) {
			return 0;
		}
		jdbc.queryForObject("select id from cases_count_lock where id = 1 for update", Integer.class);
		queued.stream().mapToLong(q -> q[1]).distinct().forEach(caseId -> {
			move(caseId);
			scorecards.move(caseId);
		});
		jdbc.batchUpdate("delete from cases_count_queue where id = ?",
				queued.stream().map(q -> new Object[] { q[0] }).toList());
		return queued.size();
	}

	/**
	 * Moves one case from the key (and reply bucket) it is counted under to the ones it has now (either may be none):
	 * the counts follow the key, the reply histogram the key and the bucket.
	 */
	private void move(long caseId) {
		List<Object[]> before = jdbc.query("select " + FACT + " from cases_count_fact where case_id = ?",
				(rs, n) -> row(rs), caseId);
		List<Object[]> now = jdbc.query("select " + CASE_FACT + " from cases_case where id = ? and " + COUNTED,
				(rs, n) -> row(rs), caseId);
		Object[] was = before.isEmpty() ? null : before.get(0);
		Object[] is = now.isEmpty() ? null : now.get(0);
		if (Arrays.equals(was, is)) {
			return;
		}
		boolean keyMoved = was == null || is == null || !Arrays.equals(key(was), key(is));
		boolean pointMoved = was == null || is == null || !Arrays.equals(point(was), point(is));
		// a change of state alone leaves the reply where it is counted (the histograms do not hold the state)
		boolean replyMoved = was == null || is == null || !Arrays.equals(reply(was), reply(is));
		if (was != null) {
			if (keyMoved) {
				add("cases_public_count", KEY, key(was), -1);
			}
			if (pointMoved && was[8] != null && was[9] != null) {
				add("cases_point_count", POINT_KEY, point(was), -1);
			}
			if (replyMoved && was[6] != null) {
				addReply(was, -1);
			}
			jdbc.update("delete from cases_count_fact where case_id = ?", caseId);
		}
		if (is != null) {
			if (keyMoved) {
				add("cases_public_count", KEY, key(is), 1);
			}
			if (pointMoved && is[8] != null && is[9] != null) {
				add("cases_point_count", POINT_KEY, point(is), 1);
			}
			if (replyMoved && is[6] != null) {
				addReply(is, 1);
			}
			Object[] fact = new Object[11];
			fact[0] = caseId;
			System.arraycopy(is, 0, fact, 1, 10);
			jdbc.update("insert into cases_count_fact (case_id, " + FACT + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					fact);
		}
	}

	private static String stateGroupSql() {
		StringBuilder sql = new StringBuilder("case status");
		for (CaseStatus status : CaseStatus.values()) {
			sql.append(" when '").append(status.name()).append("' then '")
				.append(CasePublicStatistics.state(status).name()).append("'");
		}
		return sql.append(" end").toString();
	}

	private static Object[] key(Object[] row) {
		return Arrays.copyOf(row, 6);
	}

	/** A fact's key in the reply histograms, its bucket and exact days. */
	private static Object[] reply(Object[] row) {
		return new Object[] { row[0], row[1], row[2], row[4], row[5], row[6], row[7] };
	}

	/** A fact's square of the map and embargo day. */
	private static Object[] point(Object[] row) {
		return new Object[] { row[8], row[9], row[5] };
	}

	/** Adds delta to the row of a tally (counts or reply histogram) under these key values, made when missing. */
	private void add(String table, String columns, Object[] values, int delta) {
		String[] names = columns.split(", ");
		Object[] args = new Object[names.length + 1];
		args[0] = delta;
		System.arraycopy(values, 0, args, 1, names.length);
		String match = String.join(" = ? and ", names) + " = ?";
		if (jdbc.update("update " + table + " set cases = cases + ? where " + match, args) == 0) {
			Object[] insert = new Object[names.length + 1];
			System.arraycopy(values, 0, insert, 0, names.length);
			insert[names.length] = delta;
			jdbc.update("insert into " + table + " (" + columns + ", cases) values (" + "?, ".repeat(names.length)
					+ "?)", insert);
		}
	}

	/** Adds delta replies (and their days) to the rows of this fact's key and bucket in both reply histograms. */
	private void addReply(Object[] fact, int delta) {
		double days = delta * (Double) fact[7];
		addReply("cases_reply_count", REPLY_KEY, new Object[] { fact[0], fact[1], fact[2], fact[4], fact[5], fact[6] },
				delta, days);
		addReply("cases_reply_month_count", MONTH_REPLY_KEY, new Object[] { fact[4], fact[5], fact[6] }, delta, days);
	}

	private void addReply(String table, String columns, Object[] key, int delta, double days) {
		Object[] args = new Object[key.length + 2];
		args[0] = delta;
		args[1] = days;
		System.arraycopy(key, 0, args, 2, key.length);
		if (jdbc.update("update " + table + " set cases = cases + ?, days_sum = days_sum + ? where "
				+ String.join(" = ? and ", columns.split(", ")) + " = ?", args) == 0) {
			Object[] insert = Arrays.copyOf(key, key.length + 2);
			insert[key.length] = delta;
			insert[key.length + 1] = days;
			jdbc.update("insert into " + table + " (" + columns + ", cases, days_sum) values ("
					+ "?, ".repeat(key.length + 1) + "?)", insert);
		}
	}

	private static Object[] row(ResultSet rs) throws SQLException {
		Object[] row = { rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
				rs.getObject(6, LocalDate.class), null, null, null, null };
		int bucket = rs.getInt(7);
		row[6] = rs.wasNull() ? null : bucket;
		double days = rs.getDouble(8);
		row[7] = rs.wasNull() ? null : days;
		int lat = rs.getInt(9);
		row[8] = rs.wasNull() ? null : lat;
		int lon = rs.getInt(10);
		row[9] = rs.wasNull() ? null : lon;
		return row;
	}

	/**
	 * The counts of published cases matching the filter, one cell per governorate, sector, state group and month: the
	 * counts table and, in the same statement, what the queue has not moved yet.
	 */
	List<Cell> cells(Filter filter) {
		SqlConditions where = where(filter);
		// grouped by public state group in the statement: a fifth of the rows the states would give
		String sql = "select governorate_code, sector_code, state_group, filed_month, sum(n) from (select "
				+ "governorate_code, sector_code, " + STATE_GROUP + " as state_group, filed_month, embargo_until, "
				+ "authority_id, n from ("
				+ "select " + KEY + ", cases as n from cases_public_count"
				+ " union all select " + KEY + ", -1 as n from cases_count_fact where case_id in " + QUEUED
				+ " union all select " + CASE_KEY + ", 1 as n from cases_case where id in " + QUEUED + " and " + COUNTED
				+ ") keyed) counted where " + where.sql() + " group by governorate_code, sector_code, state_group, "
				+ "filed_month having sum(n) > 0";
		List<Cell> cells = new ArrayList<>();
		jdbc.query(sql, rs -> {
			int month = rs.getInt(4);
			cells.add(new Cell(rs.getString(1), rs.getString(2), StateGroup.valueOf(rs.getString(3)),
					YearMonth.of(month / 100, month % 100), rs.getLong(5), null));
		}, where.arguments().toArray());
		return cells;
	}

	/**
	 * The median days from referral to first reply of the published cases matching the filter, from the reply
	 * histogram (and, in the same statement, what the queue has not moved yet); within a quarter of a day of the
	 * exact median under 30 days (see {@link ReplyBuckets}).
	 */
	Figure median(Filter filter) {
		SqlConditions where = where(filter);
		// figures for no place, sector or authority read the histogram by month alone (a few thousand rows)
		boolean anywhere = filter.governorateCode() == null && filter.sectorCode() == null && filter.authorityId() == null;
		String key = anywhere ? MONTH_REPLY_KEY : REPLY_KEY;
		String sql = "select reply_bucket, sum(n), sum(d) from ("
				+ "select " + key + ", cases as n, days_sum as d from "
				+ (anywhere ? "cases_reply_month_count" : "cases_reply_count")
				+ " union all select " + key + ", -1 as n, -reply_days as d from cases_count_fact"
				+ " where reply_bucket is not null"
				+ " and case_id in " + QUEUED
				+ " union all select " + key + ", 1 as n, reply_days as d from (select " + CASE_KEY + ", "
				+ ReplyBuckets.SQL + " as reply_bucket, " + ReplyBuckets.DAYS_SQL + " as reply_days from cases_case"
				+ " where id in " + QUEUED + " and " + COUNTED + " and referred_at is not null and first_reply_at is not null"
				+ ") q) counted where " + where.sql() + " group by reply_bucket having sum(n) > 0";
		Map<Integer, ReplyBuckets.Tally> buckets = new HashMap<>();
		jdbc.query(sql, rs -> {
			buckets.put(rs.getInt(1), new ReplyBuckets.Tally(rs.getLong(2), rs.getDouble(3)));
		}, where.arguments().toArray());
		long total = buckets.values().stream().mapToLong(ReplyBuckets.Tally::count).sum();
		return new Figure(total, ReplyBuckets.median(buckets));
	}

	/**
	 * The published cases gathered on a grid of squares of {@code hundredths} hundredths of a degree, one point per
	 * square at its centre: from the map's squares (and, in the same statement, what the queue has not moved yet).
	 */
	List<Point> points(int hundredths) {
		String sql = "select lat_cell, lon_cell, sum(n) from ("
				+ "select " + POINT_KEY + ", cases as n from cases_point_count"
				+ " union all select " + POINT_KEY + ", -1 as n from cases_count_fact where lat_cell is not null"
				+ " and lon_cell is not null and case_id in " + QUEUED
				+ " union all select " + CASE_CELL + ", coalesce(embargo_until, date '1900-01-01') as embargo_until, 1 as n"
				+ " from cases_case where id in " + QUEUED + " and " + COUNTED
				+ " and latitude is not null and longitude is not null"
				+ ") counted where embargo_until <= ? group by lat_cell, lon_cell having sum(n) > 0";
		Map<List<Integer>, long[]> squares = new LinkedHashMap<>();
		jdbc.query(sql, rs -> {
			squares.computeIfAbsent(List.of(Math.floorDiv(rs.getInt(1), hundredths),
					Math.floorDiv(rs.getInt(2), hundredths)), k -> new long[1])[0] += rs.getLong(3);
		}, ExportDays.today(clock));
		double degrees = hundredths / 100.0;
		List<Point> points = new ArrayList<>();
		squares.forEach((square, count) -> points.add(new Point((square.get(0) + 0.5) * degrees,
				(square.get(1) + 0.5) * degrees, count[0])));
		return points;
	}

	private SqlConditions where(Filter filter) {
		SqlConditions where = new SqlConditions().and("embargo_until <= ?", ExportDays.today(clock));
		if (filter.governorateCode() != null) {
			where.and("governorate_code = ?", filter.governorateCode());
		}
		if (filter.sectorCode() != null) {
			where.and("sector_code = ?", filter.sectorCode());
		}
		if (filter.authorityId() != null) {
			where.and("authority_id = ?", filter.authorityId());
		}
		if (filter.from() != null) {
			where.and("filed_month >= ?", filter.from().getYear() * 100 + filter.from().getMonthValue());
		}
		if (filter.to() != null) {
			where.and("filed_month <= ?", filter.to().getYear() * 100 + filter.to().getMonthValue());
		}
		return where;
	}

	/**
	 * Counts every case again from scratch, in one transaction holding the writers' turn: for counts spoiled by hand
	 * or by a restore of part of the data ({@code public-counts-rebuild}).
	 */
	Rebuilt rebuild() {
		long started = System.nanoTime();
		return transactions.execute(status -> {
			jdbc.queryForObject("select id from cases_count_lock where id = 1 for update", Integer.class);
			jdbc.update("delete from cases_count_queue");
			jdbc.update("delete from cases_count_fact");
			jdbc.update("delete from cases_public_count");
			jdbc.update("delete from cases_reply_count");
			jdbc.update("delete from cases_reply_month_count");
			jdbc.update("delete from cases_point_count");
			int counted = jdbc.update("insert into cases_count_fact (case_id, " + FACT + ") select id, " + CASE_FACT
					+ " from cases_case where " + COUNTED);
			jdbc.update("insert into cases_public_count (" + KEY + ", cases) select " + KEY + ", count(*) from "
					+ "cases_count_fact group by " + KEY);
			int replied = jdbc.update("insert into cases_reply_count (" + REPLY_KEY + ", cases, days_sum) select "
					+ REPLY_KEY + ", count(*), sum(reply_days) from cases_count_fact where reply_bucket is not null "
					+ "group by " + REPLY_KEY);
			jdbc.update("insert into cases_reply_month_count (" + MONTH_REPLY_KEY + ", cases, days_sum) select "
					+ MONTH_REPLY_KEY + ", count(*), sum(reply_days) from cases_count_fact where reply_bucket is not null "
					+ "group by " + MONTH_REPLY_KEY);
			jdbc.update("insert into cases_point_count (" + POINT_KEY + ", cases) select " + POINT_KEY + ", count(*) from "
					+ "cases_count_fact where lat_cell is not null and lon_cell is not null group by " + POINT_KEY);
			int scorecardRows = scorecards.rebuild();
			return new Rebuilt(counted, replied, scorecardRows, (System.nanoTime() - started) / 1_000_000);
		});
	}

	/** What a rebuild counted: cases, reply-histogram rows, authority scorecard rows, and how long it took. */
	record Rebuilt(int cases, int replyRows, int scorecardRows, long millis) {
	}
}
