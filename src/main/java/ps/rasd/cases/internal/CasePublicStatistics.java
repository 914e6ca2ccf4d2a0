package ps.rasd.cases.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.shared.access.SqlScope;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.cases.CaseStatus;
import ps.rasd.shared.sql.ExportDays;
import ps.rasd.shared.Tier;
import ps.rasd.shared.spi.PublicStatistics;
import ps.rasd.shared.spi.PublicStatistics.StateGroup;
import ps.rasd.shared.sql.SqlConditions;

/**
 * Counts of published cases (tier PUBLIC with a published title, after the embargo day) by governorate, sector, state
 * and month, and the median days from referral to the authority first reply. Never reads the reporter or the text.
 */
class CasePublicStatistics implements PublicStatistics {

	/** The month of filing in Palestine (Asia/Hebron, as the cases module reads days), not the database's zone. */
	private static final String LOCAL = "(created_at at time zone 'Asia/Hebron')";

	private static final String MONTH = "extract(year from " + LOCAL + "), extract(month from " + LOCAL + ")";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final PublicCounts counts;

	CasePublicStatistics(JdbcTemplate jdbc, Clock clock, PublicCounts counts) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.counts = counts;
	}

	@Override
	public Measure measure() {
		return Measure.REPORTS;
	}

	/** From the counts kept as cases change ({@link PublicCounts}): a small table, not every case. */
	@Override
	@Transactional(readOnly = true)
	public List<Cell> cells(Filter filter) {
		return counts.cells(filter);
	}

	/** The same cells counted from every case (what {@link #cells} gave before the counts were kept). */
	@Transactional(readOnly = true)
	List<Cell> scannedCells(Filter filter) {
		SqlConditions where = where(filter);
		String sql = "select governorate_code, sector_code, status, " + MONTH + ", count(*) from cases_case where "
				+ where.sql() + " group by governorate_code, sector_code, status, " + MONTH;
		Map<List<Object>, long[]> merged = new LinkedHashMap<>();
		jdbc.query(sql, rs -> {
			YearMonth month = YearMonth.of(rs.getInt(4), rs.getInt(5));
			StateGroup state = state(CaseStatus.valueOf(rs.getString(3)));
			merged.computeIfAbsent(List.of(rs.getString(1), rs.getString(2), state, month), k -> new long[1])[0] += rs
				.getLong(6);
		}, where.arguments().toArray());
		List<Cell> cells = new ArrayList<>();
		merged.forEach((key, count) -> cells.add(new Cell((String) key.get(0), (String) key.get(1),
				(StateGroup) key.get(2), (YearMonth) key.get(3), count[0], null)));
		return cells;
	}

	/** Days from referral to the first reply of the authority, from the reply histogram kept with the counts. */
	@Override
	@Transactional(readOnly = true)
	public Figure median(Filter filter) {
		return counts.median(filter);
	}

	/** The exact median computed from every case (what {@link #median} gave before the histogram was kept). */
	@Transactional(readOnly = true)
	Figure scannedMedian(Filter filter) {
		SqlConditions where = where(filter).and("first_reply_at is not null").and("referred_at is not null");
		return jdbc.queryForObject("select count(*), percentile_cont(0.5) within group (order by "
				+ "(extract(epoch from first_reply_at) - extract(epoch from referred_at)) / 86400.0) from cases_case where "
				+ where.sql(), (rs, n) -> {
					long reports = rs.getLong(1);
					double value = rs.getDouble(2);
					return new Figure(reports, rs.wasNull() ? null : value);
				}, where.arguments().toArray());
	}

	/**
	 * Where the published cases are: on a grid of whole hundredths of a degree without a filter, from the map's
	 * squares kept with the counts ({@link PublicCounts#points}); otherwise counted from every case.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<Point> points(Filter filter, double cellDegrees) {
		long hundredths = Math.round(cellDegrees * 100);
		if (filter.equals(Filter.all()) && hundredths > 0 && Math.abs(cellDegrees * 100 - hundredths) < 1e-9) {
			return counts.points((int) hundredths);
		}
		return scannedPoints(filter, cellDegrees);
	}

	/** The same points counted from every case (what {@link #points} gave before the squares were kept). */
	@Transactional(readOnly = true)
	List<Point> scannedPoints(Filter filter, double cellDegrees) {
		String cell = String.format(java.util.Locale.ROOT, "%.6f", cellDegrees);
		String lat = "floor(latitude / " + cell + ")";
		String lon = "floor(longitude / " + cell + ")";
		SqlConditions where = where(filter).and("latitude is not null").and("longitude is not null");
		return jdbc.query("select " + lat + ", " + lon + ", count(*) from cases_case where " + where.sql()
				+ " group by " + lat + ", " + lon, (rs, n) -> new Point((rs.getLong(1) + 0.5) * cellDegrees,
						(rs.getLong(2) + 0.5) * cellDegrees, rs.getLong(3)), where.arguments().toArray());
	}

	/** The public group of a case's state, as {@link CaseStatus#group()} says. */
	static StateGroup state(CaseStatus status) {
		return switch (status.group()) {
			case OPEN -> StateGroup.OPEN;
			case FIXED -> StateGroup.FIXED;
			case CLOSED -> StateGroup.CLOSED;
		};
	}

	private SqlConditions where(Filter filter) {
		SqlConditions where = new SqlConditions().and(SqlScope.where(ReadRules.publicNow(clock.instant()),
				CaseAccess.SQL))
			.and("public_title is not null");
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
			where.and("created_at >= ?", ExportDays.start(filter.from().atDay(1)));
		}
		if (filter.to() != null) {
			where.and("created_at < ?", ExportDays.start(filter.to().plusMonths(1).atDay(1)));
		}
		return where;
	}
}
