package ps.rasd.monitoring.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.monitoring.VisitStatus;
import ps.rasd.monitoring.domain.VisitAccess;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.SqlScope;
import ps.rasd.shared.sql.ExportDays;
import ps.rasd.shared.Tier;
import ps.rasd.shared.spi.PublicStatistics;
import ps.rasd.shared.sql.SqlConditions;

/**
 * The service quality index: the mean overall score of approved visits shared with the public (after their embargo)
 * by governorate, sector and month of the visit. Only scores are read, never answers, notes or names. The authority
 * filter keeps the visits of the facilities of that unit and of the units under it (the registry says which).
 */
class VisitPublicStatistics implements PublicStatistics {

	/** When the visit was submitted, in Palestine (Asia/Hebron), not the database's zone. */
	private static final String SUBMITTED = "(submitted_at at time zone 'Asia/Hebron')";

	private static final String MONTH = "coalesce(extract(year from visited_on), extract(year from " + SUBMITTED
			+ ")), coalesce(extract(month from visited_on), extract(month from " + SUBMITTED + "))";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ps.rasd.registry.RegistryManagement registry;

	VisitPublicStatistics(JdbcTemplate jdbc, Clock clock, ps.rasd.registry.RegistryManagement registry) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.registry = registry;
	}

	/** The facilities of an authority unit and of every unit under it. */
	private java.util.Set<Long> facilitiesOf(long authorityId) {
		java.util.Set<Long> units = new java.util.HashSet<>(java.util.List.of(authorityId));
		List<ps.rasd.registry.AuthoritySummary> all = registry.authorities();
		boolean grew = true;
		while (grew) {
			grew = false;
			for (ps.rasd.registry.AuthoritySummary a : all) {
				if (a.parentId() != null && units.contains(a.parentId()) && units.add(a.id())) {
					grew = true;
				}
			}
		}
		java.util.Set<Long> facilities = new java.util.HashSet<>();
		for (Long unit : units) {
			int page = 0;
			ps.rasd.shared.PageResult<ps.rasd.registry.FacilitySummary> result;
			do {
				result = registry.facilities(new ps.rasd.registry.FacilityQuery(null, null, null, unit, null), page++,
						ps.rasd.geography.GeographyManagement.MAX_PAGE_SIZE);
				result.items().forEach(f -> facilities.add(f.id()));
			}
			while (result.hasNext());
		}
		return facilities;
	}

	@Override
	public Measure measure() {
		return Measure.QUALITY_INDEX;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Cell> cells(Filter filter) {
		SqlConditions where = new SqlConditions().and("status = ?", VisitStatus.APPROVED.name())
			.and(SqlScope.where(ReadRules.publicNow(clock.instant()), VisitAccess.SQL))
			.and("overall_score is not null")
			.and("(visited_on is not null or submitted_at is not null)");
		if (filter.governorateCode() != null) {
			where.and("governorate_code = ?", filter.governorateCode());
		}
		if (filter.sectorCode() != null) {
			where.and("sector_code = ?", filter.sectorCode());
		}
		if (filter.authorityId() != null) {
			java.util.Set<Long> facilities = facilitiesOf(filter.authorityId());
			if (facilities.isEmpty()) {
				return List.of();
			}
			where.in("facility_id", facilities);
		}
		if (filter.from() != null) {
			where.and("(visited_on >= ? or (visited_on is null and submitted_at >= ?))", filter.from().atDay(1),
					ExportDays.start(filter.from().atDay(1)));
		}
		if (filter.to() != null) {
			where.and("(visited_on <= ? or (visited_on is null and submitted_at < ?))", filter.to().atEndOfMonth(),
					ExportDays.end(filter.to().atEndOfMonth()));
		}
		String sql = "select governorate_code, sector_code, " + MONTH + ", count(*), avg(overall_score) "
				+ "from monitoring_visit where " + where.sql() + " group by governorate_code, sector_code, " + MONTH;
		return jdbc.query(sql, (rs, n) -> new Cell(rs.getString(1), rs.getString(2), null,
				YearMonth.of(rs.getInt(3), rs.getInt(4)), rs.getLong(5), rs.getDouble(6)), where.arguments().toArray());
	}
}
