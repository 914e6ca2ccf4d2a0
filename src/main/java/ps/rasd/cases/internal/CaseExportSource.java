package ps.rasd.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.registry.SectorSummary;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.Tier;
import ps.rasd.shared.access.SqlScope;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.access.Scope;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.AccessFacts;
import ps.rasd.shared.spi.ExportColumn;
import ps.rasd.shared.spi.ExportColumn.Type;
import ps.rasd.shared.sql.ExportDays;
import ps.rasd.shared.spi.ExportQuery;
import ps.rasd.shared.spi.ExportSink;
import ps.rasd.shared.spi.ExportSource;
import ps.rasd.shared.sql.KeysetPages;
import ps.rasd.shared.sql.SqlConditions;

/**
 * Cases for export, with the read rules of the cases pages: the public gets {@code PUBLIC} cases after their embargo
 * day as their redacted copy (the published title and story, never the reporter's own words, which may name people)
 * with coordinates rounded to three decimals (about 100 m); partners also {@code PARTNERS} cases; coordinators the cases of their governorates;
 * monitors and partners the cases they filed or were sent to check; analysts and administrators every case. The
 * reporter (table {@code cases_reporter}) and the account that filed a case are never read.
 */
@org.springframework.core.annotation.Order(1)
class CaseExportSource implements ExportSource {

	static final int PAGE = 2000;

	private static final String COLUMNS = "id, reference, title, description, governorate_code, sector_code, status, "
			+ "source, authority_id, facility_id, created_at, referred_at, resolved_at, closed_at, latitude, longitude, "
			+ "tier, public_title, public_story, filed_by, embargo_until";

	private final JdbcTemplate jdbc;

	private final RegistryManagement registry;

	private final GeographyManagement geography;

	private final Clock clock;

	CaseExportSource(JdbcTemplate jdbc, RegistryManagement registry, GeographyManagement geography, Clock clock) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.geography = geography;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "cases";
	}

	@Override
	public LocalizedText title() {
		return new LocalizedText("الحالات", "Cases");
	}

	@Override
	public List<ExportColumn> columns(ExportQuery query) {
		List<ExportColumn> columns = new ArrayList<>();
		columns.add(ExportColumn.of("reference", "الرقم المرجعي", "Reference", "#meta +id", Type.TEXT));
		columns.add(ExportColumn.of("title", "العنوان", "Title", "#description +title", Type.TEXT));
		columns.add(ExportColumn.of("description", "الوصف", "Description", "#description", Type.TEXT));
		columns.addAll(ExportColumn.governorateAndSector());
		columns.add(ExportColumn.of("status", "الحالة", "Status", "#status", Type.CODE));
		columns.add(ExportColumn.of("source", "المصدر", "Source", null, Type.CODE));
		columns.add(ExportColumn.of("authority_ar", "الجهة المسؤولة", "Responsible authority", "#org +impl",
				Type.CODE));
		columns.add(ExportColumn.of("facility_id", "رقم المرفق", "Facility id", "#loc +code", Type.INTEGER));
		columns.add(ExportColumn.of("facility_ar", "المرفق", "Facility", "#loc +name +i_ar", Type.CODE));
		columns.add(ExportColumn.of("reported_on", "تاريخ التبليغ", "Reported on", "#date +reported", Type.DATE));
		columns.add(ExportColumn.of("referred_on", "تاريخ الإحالة", "Referred on", "#date +referred", Type.DATE));
		columns.add(ExportColumn.of("resolved_on", "تاريخ الحل", "Resolved on", "#date +resolved", Type.DATE));
		columns.add(ExportColumn.of("closed_on", "تاريخ الإغلاق", "Closed on", "#date +closed", Type.DATE));
		columns.add(ExportColumn.of("latitude", "خط العرض", "Latitude", "#geo +lat", Type.LATITUDE));
		columns.add(ExportColumn.of("longitude", "خط الطول", "Longitude", "#geo +lon", Type.LONGITUDE));
		columns.add(ExportColumn.of("tier", "مستوى النشر", "Tier", null, Type.CODE));
		return columns;
	}

	@Override
	public long count(ExportQuery query) {
		SqlConditions where = where(query);
		Long count = jdbc.queryForObject("select count(*) from cases_case where " + where.sql(), Long.class,
				where.arguments().toArray());
		return count == null ? 0 : count;
	}

	@Override
	public void stream(ExportQuery query, ExportSink sink) {
		SqlConditions where = where(query);
		Names names = new Names(geography.governorates(), registry.sectors(), registry.authorities());
		Reader reader = query.reader();
		Scope full = ReadRules.CASEWORK.full(reader, clock.instant());
		// the checks this reader was sent to make (a monitor's few), so that the rule reads each row as it reads the case
		Set<Long> checks = reader.is(Role.MONITOR) ? Set.copyOf(jdbc.queryForList(
				"select case_id from cases_follow_up where monitor_id = ?", Long.class, reader.personId())) : Set.of();
		String sql = "select " + COLUMNS + " from cases_case where " + where.sql() + " and id > ? order by id limit ?";
		KeysetPages.read(jdbc, sql, where.arguments(), PAGE, CaseExportSource::read, Row::id, page -> {
			Map<Long, FacilitySummary> facilities = registry.facilities(page.stream().map(Row::facilityId)
				.filter(Objects::nonNull).collect(Collectors.toSet()));
			for (Row row : page) {
				// a row the reader does not read in full (shared with partners, or public) is its redacted copy
				AccessFacts facts = row.facts().assignedTo(checks.contains(row.id()) ? Set.of(reader.personId()) : Set.of());
				sink.row(row.values(names, facilities.get(row.facilityId()), !full.test(facts)));
			}
		});
	}

	/**
	 * What the viewer finds (as the queue: {@link CaseAccess#queueScope(Reader, java.time.Instant)}, for the public
	 * what is published with its public copy) and the filters.
	 */
	private SqlConditions where(ExportQuery query) {
		SqlConditions where = new SqlConditions();
		Reader reader = query.reader();
		if (reader.isPublic()) {
			where.and(SqlScope.where(ReadRules.publicNow(clock.instant()), CaseAccess.SQL));
			where.and("public_title is not null");
		}
		else {
			where.and(SqlScope.where(CaseAccess.queueScope(reader, clock.instant()), CaseAccess.SQL));
		}
		if (query.governorateCode() != null) {
			where.and("governorate_code = ?", query.governorateCode());
		}
		if (query.sectorCode() != null) {
			where.and("sector_code = ?", query.sectorCode());
		}
		return ExportDays.between(where, "created_at", query);
	}

	private static Row read(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("reference"), rs.getString("title"), rs.getString("description"),
				rs.getString("governorate_code"), rs.getString("sector_code"), rs.getString("status"),
				rs.getString("source"), rs.getObject("authority_id", Long.class),
				rs.getObject("facility_id", Long.class), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("referred_at", OffsetDateTime.class), rs.getObject("resolved_at", OffsetDateTime.class),
				rs.getObject("closed_at", OffsetDateTime.class), rs.getObject("latitude", Double.class),
				rs.getObject("longitude", Double.class), rs.getString("tier"), rs.getString("public_title"),
				rs.getString("public_story"), rs.getObject("filed_by", Long.class),
				rs.getObject("embargo_until", LocalDate.class));
	}

	private record Row(long id, String reference, String title, String description, String governorateCode,
			String sectorCode, String status, String source, Long authorityId, Long facilityId,
			OffsetDateTime createdAt, OffsetDateTime referredAt, OffsetDateTime resolvedAt, OffsetDateTime closedAt,
			Double latitude, Double longitude, String tier, String publicTitle, String publicStory, Long filedBy,
			LocalDate embargoUntil) {

		/** What the read rule reads of the row, but its follow-up checks. */
		AccessFacts facts() {
			return AccessFacts.of(governorateCode, Tier.valueOf(tier), AccessFacts.startOf(embargoUntil), filedBy);
		}

		Object[] values(Names names, FacilitySummary facility, boolean isPublic) {
			List<Object> values = new ArrayList<>(21);
			values.add(reference);
			values.add(isPublic ? publicTitle : title);
			values.add(isPublic ? publicStory : description);
			LocalizedText governorate = names.governorates().get(governorateCode);
			values.add(governorateCode);
			values.add(governorate == null ? null : governorate.ar());
			values.add(governorate == null ? null : governorate.en());
			values.add(sectorCode);
			LocalizedText sector = names.sectors().get(sectorCode);
			values.add(sector == null ? null : sector.ar());
			values.add(status);
			values.add(source);
			LocalizedText authority = authorityId == null ? null : names.authorities().get(authorityId);
			values.add(authority == null ? null : authority.ar());
			values.add(facilityId);
			values.add(facility == null ? null : facility.name().ar());
			values.add(ExportDays.day(createdAt));
			values.add(ExportDays.day(referredAt));
			values.add(ExportDays.day(resolvedAt));
			values.add(ExportDays.day(closedAt));
			values.add(isPublic ? CaseAccess.coarse(latitude) : latitude);
			values.add(isPublic ? CaseAccess.coarse(longitude) : longitude);
			values.add(tier);
			return values.toArray();
		}

	}

	/** Names of the codes and ids a case refers to, read once per export. */
	private record Names(Map<String, LocalizedText> governorates, Map<String, LocalizedText> sectors,
			Map<Long, LocalizedText> authorities) {

		Names(List<GovernorateSummary> governorates, List<SectorSummary> sectors, List<AuthoritySummary> authorities) {
			this(governorates.stream().collect(Collectors.toMap(GovernorateSummary::code, GovernorateSummary::name)),
					sectors.stream().collect(Collectors.toMap(SectorSummary::code, SectorSummary::name)),
					authorities.stream().collect(Collectors.toMap(AuthoritySummary::id, AuthoritySummary::name)));
		}
	}
}
