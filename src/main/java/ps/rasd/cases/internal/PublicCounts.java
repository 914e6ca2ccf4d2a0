package ps.rasd.cases.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
import ps.rasd.shared.spi.PublicStatistics.Filter;
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

	private static final String COUNTED = "tier = 'PUBLIC' and public_title is not null";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final TransactionTemplate transactions;

	PublicCounts(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
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
	@Scheduled(initialDelayString = "PT5S", fixedDelayString = "${rasd.cases.public-counts-delay:PT0.5S}")
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
		queued.stream().mapToLong(q -> q[1]).distinct().forEach(this::move);
		jdbc.batchUpdate("delete from cases_count_queue where id = ?",
				queued.stream().map(q -> new Object[] { q[0] }).toList());
		return queued.size();
	}

	/** Moves one case from the key it is counted under to the key it has now (either may be none). */
	private void move(long caseId) {
		List<Object[]> before = jdbc.query("select " + KEY + " from cases_count_fact where case_id = ?",
				(rs, n) -> row(rs), caseId);
		List<Object[]> now = jdbc.query("select " + CASE_KEY + " from cases_case where id = ? and " + COUNTED,
				(rs, n) -> row(rs), caseId);
		if (before.size() == now.size() && (before.isEmpty() || java.util.Arrays.equals(before.get(0), now.get(0)))) {
			return;
		}
		if (!before.isEmpty()) {
			add(before.get(0), -1);
			jdbc.update("delete from cases_count_fact where case_id = ?", caseId);
		}
		if (!now.isEmpty()) {
			add(now.get(0), 1);
			Object[] fact = new Object[7];
			fact[0] = caseId;
			System.arraycopy(now.get(0), 0, fact, 1, 6);
			jdbc.update("insert into cases_count_fact (case_id, " + KEY + ") values (?, ?, ?, ?, ?, ?, ?)", fact);
		}
	}

	private void add(Object[] key, int delta) {
		Object[] args = new Object[7];
		args[0] = delta;
		System.arraycopy(key, 0, args, 1, 6);
		int updated = jdbc.update("update cases_public_count set cases = cases + ? where governorate_code = ? and "
				+ "sector_code = ? and authority_id = ? and status = ? and filed_month = ? and embargo_until = ?", args);
		if (updated == 0) {
			Object[] insert = new Object[7];
			System.arraycopy(key, 0, insert, 0, 6);
			insert[6] = delta;
			jdbc.update("insert into cases_public_count (" + KEY + ", cases) values (?, ?, ?, ?, ?, ?, ?)", insert);
		}
	}

	private static Object[] row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Object[] { rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
				rs.getObject(6, LocalDate.class) };
	}

	/**
	 * The counts of published cases matching the filter, one cell per governorate, sector, state group and month: the
	 * counts table and, in the same statement, what the queue has not moved yet.
	 */
	List<Cell> cells(Filter filter) {
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
		String queued = "(select case_id from cases_count_queue)";
		String sql = "select governorate_code, sector_code, status, filed_month, sum(n) from ("
				+ "select " + KEY + ", cases as n from cases_public_count"
				+ " union all select " + KEY + ", -1 as n from cases_count_fact where case_id in " + queued
				+ " union all select " + CASE_KEY + ", 1 as n from cases_case where id in " + queued + " and " + COUNTED
				+ ") counted where " + where.sql() + " group by governorate_code, sector_code, status, filed_month"
				+ " having sum(n) > 0";
		Map<List<Object>, long[]> merged = new LinkedHashMap<>();
		jdbc.query(sql, rs -> {
			int month = rs.getInt(4);
			StateGroup state = CasePublicStatistics.state(CaseStatus.valueOf(rs.getString(3)));
			merged.computeIfAbsent(List.of(rs.getString(1), rs.getString(2), state,
					YearMonth.of(month / 100, month % 100)), k -> new long[1])[0] += rs.getLong(5);
		}, where.arguments().toArray());
		List<Cell> cells = new ArrayList<>();
		merged.forEach((key, count) -> cells.add(new Cell((String) key.get(0), (String) key.get(1),
				(StateGroup) key.get(2), (YearMonth) key.get(3), count[0], null)));
		return cells;
	}
}
