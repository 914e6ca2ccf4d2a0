package ps.rasd.monitoring.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import ps.rasd.monitoring.domain.VisitAccess;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.SqlScope;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.monitoring.VisitStatus;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.IndicatorSummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.registry.SectorSummary;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.Tier;
import ps.rasd.shared.spi.ExportColumn;
import ps.rasd.shared.spi.ExportColumn.Type;
import ps.rasd.shared.sql.ExportDays;
import ps.rasd.shared.spi.ExportQuery;
import ps.rasd.shared.spi.ExportSink;
import ps.rasd.shared.spi.ExportSource;
import ps.rasd.shared.sql.KeysetPages;
import ps.rasd.shared.sql.SqlConditions;

/**
 * Submitted visits for export, one column per indicator score (the indicators of the sector filtered on, or of every
 * sector). Read rules of the visit pages: the public gets approved {@code PUBLIC} visits after their embargo, partners
 * also {@code PARTNERS} ones, coordinators the visits of their governorates, monitors their own, analysts and
 * administrators all. Drafts are never exported; neither are answers, review comments or who made the visit.
 */
@org.springframework.core.annotation.Order(2)
class VisitExportSource implements ExportSource {

	static final int PAGE = 1000;

	private final JdbcTemplate jdbc;

	private final RegistryManagement registry;

	private final GeographyManagement geography;

	private final Clock clock;

	VisitExportSource(JdbcTemplate jdbc, RegistryManagement registry, GeographyManagement geography, Clock clock) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.geography = geography;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "visits";
	}

	@Override
	public LocalizedText title() {
		return new LocalizedText("زيارات الرصد", "Monitoring visits");
	}

	@Override
	public List<ExportColumn> columns(ExportQuery query) {
		List<ExportColumn> columns = new ArrayList<>();
		columns.add(ExportColumn.of("reference", "الرقم المرجعي", "Reference", "#meta +id", Type.TEXT));
		columns.add(ExportColumn.of("facility_id", "رقم المرفق", "Facility id", "#loc +code", Type.INTEGER));
		columns.add(ExportColumn.of("facility_ar", "المرفق", "Facility (Arabic)", "#loc +name +i_ar", Type.CODE));
		columns.add(ExportColumn.of("facility_en", "المرفق بالإنجليزية", "Facility", "#loc +name +i_en", Type.CODE));
		columns.addAll(ExportColumn.governorateAndSector());
		columns.add(ExportColumn.of("authority_ar", "الجهة المسؤولة", "Responsible authority", "#org +impl",
				Type.CODE));
		columns.add(ExportColumn.of("visited_on", "تاريخ الزيارة", "Visited on", "#date +visited", Type.DATE));
		columns.add(ExportColumn.of("reported_on", "تاريخ الإرسال", "Submitted on", "#date +reported", Type.DATE));
		columns.add(ExportColumn.of("status", "الحالة", "Status", "#status", Type.CODE));
		columns.add(ExportColumn.of("overall_score", "الدرجة الكلية", "Overall score", "#indicator +num +overall",
				Type.DECIMAL));
		for (IndicatorSummary indicator : indicators(query)) {
			String key = indicator.code().toLowerCase(Locale.ROOT);
			columns.add(new ExportColumn(key, indicator.name(), "#indicator +num +" + key, Type.DECIMAL));
		}
		columns.add(ExportColumn.of("latitude", "خط العرض", "Latitude", "#geo +lat", Type.LATITUDE));
		columns.add(ExportColumn.of("longitude", "خط الطول", "Longitude", "#geo +lon", Type.LONGITUDE));
		columns.add(ExportColumn.of("tier", "مستوى النشر", "Tier", null, Type.CODE));
		return columns;
	}

	private List<IndicatorSummary> indicators(ExportQuery query) {
		return registry.sectors().stream()
			.filter(s -> query.sectorCode() == null || s.code().equals(query.sectorCode()))
			.flatMap(s -> s.indicators().stream())
			.toList();
	}

	@Override
	public long count(ExportQuery query) {
		SqlConditions where = where(query);
		Long count = jdbc.queryForObject("select count(*) from monitoring_visit where " + where.sql(), Long.class,
				where.arguments().toArray());
		return count == null ? 0 : count;
	}

	@Override
	public void stream(ExportQuery query, ExportSink sink) {
		SqlConditions where = where(query);
		List<String> indicators = indicators(query).stream().map(IndicatorSummary::code).toList();
		Names names = new Names(geography.governorates(), registry.sectors(), registry.authorities());
		String sql = "select id, reference, facility_id, governorate_code, sector_code, status, visited_on, "
				+ "submitted_at, overall_score, tier from monitoring_visit where " + where.sql()
				+ " and id > ? order by id limit ?";
		KeysetPages.read(jdbc, sql, where.arguments(), PAGE, VisitExportSource::read, Row::id, page -> {
			Map<Long, FacilitySummary> facilities = registry.facilities(page.stream().map(Row::facilityId)
				.collect(Collectors.toSet()));
			Map<Long, Map<String, BigDecimal>> scores = scores(page);
			for (Row row : page) {
				sink.row(row.values(names, facilities.get(row.facilityId()), indicators,
						scores.getOrDefault(row.id(), Map.of())));
			}
		});
	}

	private Map<Long, Map<String, BigDecimal>> scores(List<Row> page) {
		Map<Long, Map<String, BigDecimal>> scores = new HashMap<>();
		jdbc.query("select visit_id, indicator_code, score from monitoring_visit_score where visit_id in ("
				+ KeysetPages.placeholders(page.size()) + ")",
				(RowCallbackHandler) rs -> scores.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
					.put(rs.getString(2), rs.getBigDecimal(3)),
				page.stream().map(Row::id).toArray());
		return scores;
	}

	/**
	 * What the viewer reads ({@link VisitAccess}: in full, or an approved visit's shared copy; a row carries only
	 * scores, so both read alike) and the filters.
	 */
	private SqlConditions where(ExportQuery query) {
		Reader reader = query.reader();
		java.time.Instant now = clock.instant();
		SqlConditions where = new SqlConditions().and("status <> ?", VisitStatus.DRAFT.name());
		SqlConditions copy = new SqlConditions().and("status = ?", VisitStatus.APPROVED.name())
			.and(SqlScope.where(ReadRules.CASEWORK.copy(reader, now), VisitAccess.SQL));
		where.anyOf(List.of(SqlScope.where(ReadRules.CASEWORK.full(reader, now), VisitAccess.SQL), copy));
		if (query.governorateCode() != null) {
			where.and("governorate_code = ?", query.governorateCode());
		}
		if (query.sectorCode() != null) {
			where.and("sector_code = ?", query.sectorCode());
		}
		return ExportDays.between(where, "submitted_at", query);
	}

	private static Row read(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("reference"), rs.getLong("facility_id"),
				rs.getString("governorate_code"), rs.getString("sector_code"), rs.getString("status"),
				rs.getObject("visited_on", LocalDate.class), rs.getObject("submitted_at", OffsetDateTime.class),
				rs.getBigDecimal("overall_score"), rs.getString("tier"));
	}

	private record Row(long id, String reference, long facilityId, String governorateCode, String sectorCode,
			String status, LocalDate visitedOn, OffsetDateTime submittedAt, BigDecimal overallScore, String tier) {

		Object[] values(Names names, FacilitySummary facility, List<String> indicators,
				Map<String, BigDecimal> scores) {
			List<Object> values = new ArrayList<>(20 + indicators.size());
			values.add(reference);
			values.add(facilityId);
			values.add(facility == null ? null : facility.name().ar());
			values.add(facility == null ? null : facility.name().en());
			LocalizedText governorate = names.governorates().get(governorateCode);
			values.add(governorateCode);
			values.add(governorate == null ? null : governorate.ar());
			values.add(governorate == null ? null : governorate.en());
			LocalizedText sector = names.sectors().get(sectorCode);
			values.add(sectorCode);
			values.add(sector == null ? null : sector.ar());
			LocalizedText authority = facility == null ? null : names.authorities().get(facility.authorityId());
			values.add(authority == null ? null : authority.ar());
			values.add(visitedOn);
			values.add(ExportDays.day(submittedAt));
			values.add(status);
			values.add(overallScore);
			for (String indicator : indicators) {
				values.add(scores.get(indicator));
			}
			values.add(facility == null ? null : facility.latitude());
			values.add(facility == null ? null : facility.longitude());
			values.add(tier);
			return values.toArray();
		}
	}

	/** Names of the codes and ids a visit refers to, read once per export. */
	private record Names(Map<String, LocalizedText> governorates, Map<String, LocalizedText> sectors,
			Map<Long, LocalizedText> authorities) {

		Names(List<GovernorateSummary> governorates, List<SectorSummary> sectors, List<AuthoritySummary> authorities) {
			this(governorates.stream().collect(Collectors.toMap(GovernorateSummary::code, GovernorateSummary::name)),
					sectors.stream().collect(Collectors.toMap(SectorSummary::code, SectorSummary::name)),
					authorities.stream().collect(Collectors.toMap(AuthoritySummary::id, AuthoritySummary::name)));
		}
	}
}
