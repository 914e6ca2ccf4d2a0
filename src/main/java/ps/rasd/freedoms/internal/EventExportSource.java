package ps.rasd.freedoms.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import ps.rasd.freedoms.FreedomsProperties;
import ps.rasd.freedoms.FreedomsVocabularies;
import ps.rasd.freedoms.TermKind;
import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.SqlScope;
import ps.rasd.shared.spi.ExportColumn;
import ps.rasd.shared.spi.ExportColumn.Type;
import ps.rasd.shared.spi.ExportQuery;
import ps.rasd.shared.spi.ExportSink;
import ps.rasd.shared.spi.ExportSource;
import ps.rasd.shared.sql.KeysetPages;
import ps.rasd.shared.sql.SqlConditions;

/**
 * Published copies of documented events as open data, for everyone the copy is published to (partners also read the
 * copies shared with partners): the published title and text, types, rights, dates, governorate, counts of victims,
 * types of alleged perpetrators and the coarsened position. Never a narrative as typed, never an identity.
 */
@Order(5)
class EventExportSource implements ExportSource {

	private static final int PAGE = 1000;

	private static final SqlScope.Fields FIELDS = new SqlScope.Fields("governorate_code", "tier", "embargo_until",
			true, null, null, null);

	private final JdbcTemplate jdbc;

	private final FreedomsVocabularies vocabularies;

	private final GeographyManagement geography;

	private final FreedomsProperties properties;

	private final Clock clock;

	EventExportSource(JdbcTemplate jdbc, FreedomsVocabularies vocabularies, GeographyManagement geography,
			FreedomsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.vocabularies = vocabularies;
		this.geography = geography;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "freedoms";
	}

	@Override
	public LocalizedText title() {
		return new LocalizedText("انتهاكات الحريات العامة الموثّقة", "Documented violations of public freedoms");
	}

	@Override
	public List<ExportColumn> columns(ExportQuery query) {
		return List.of(ExportColumn.of("reference", "الرقم المرجعي", "Reference", "#event +id", Type.TEXT),
				ExportColumn.of("title", "العنوان", "Title", "#event +name", Type.TEXT),
				ExportColumn.of("event_type", "نوع الواقعة", "Event type", "#event +type +code", Type.CODE),
				ExportColumn.of("event_type_ar", "نوع الواقعة بالعربية", "Event type (Arabic)",
						"#event +type +name +i_ar", Type.CODE),
				ExportColumn.of("event_type_en", "نوع الواقعة بالإنجليزية", "Event type (English)",
						"#event +type +name +i_en", Type.CODE),
				ExportColumn.of("date_from", "التاريخ", "Date", "#date +start", Type.DATE),
				ExportColumn.of("date_to", "حتى", "Until", "#date +end", Type.DATE),
				ExportColumn.of("governorate_code", "رمز المحافظة", "Governorate code", "#adm1 +code", Type.CODE),
				ExportColumn.of("governorate_ar", "المحافظة", "Governorate (Arabic)", "#adm1 +name +i_ar", Type.CODE),
				ExportColumn.of("governorate_en", "المحافظة بالإنجليزية", "Governorate", "#adm1 +name +i_en",
						Type.CODE),
				ExportColumn.of("rights", "الحقوق", "Rights", "#indicator +rights", Type.TEXT),
				ExportColumn.of("act_types", "الأفعال", "Acts", "#event +acts", Type.TEXT),
				ExportColumn.of("perpetrator_types", "الجهات المدّعى مسؤوليتها", "Alleged perpetrator types",
						"#org +perpetrator", Type.TEXT),
				ExportColumn.of("victims", "عدد الضحايا", "Victims", "#affected +num", Type.INTEGER),
				ExportColumn.of("summary", "النص المنشور", "Published text", "#description", Type.TEXT),
				ExportColumn.of("latitude", "خط العرض (تقريبي)", "Latitude (coarsened)", "#geo +lat", Type.LATITUDE),
				ExportColumn.of("longitude", "خط الطول (تقريبي)", "Longitude (coarsened)", "#geo +lon",
						Type.LONGITUDE));
	}

	@Override
	public long count(ExportQuery query) {
		SqlConditions where = where(query);
		Long n = jdbc.queryForObject("select count(*) from freedoms_event where " + where.sql(), Long.class,
				where.arguments().toArray());
		return n == null ? 0 : n;
	}

	@Override
	public void stream(ExportQuery query, ExportSink sink) {
		SqlConditions where = where(query);
		Map<String, LocalizedText> types = vocabularies.labels().get(TermKind.EVENT_TYPE);
		Map<String, LocalizedText> governorates = new HashMap<>();
		for (GovernorateSummary g : geography.governorates()) {
			governorates.put(g.code(), g.name());
		}
		String sql = "select id, reference, published_title, event_type, date_from, date_to, governorate_code, "
				+ "published_narrative, latitude, longitude from freedoms_event where " + where.sql()
				+ " and id > ? order by id limit ?";
		KeysetPages.read(jdbc, sql, where.arguments(), PAGE, EventExportSource::read, Row::id, page -> {
			Object[] ids = page.stream().map(Row::id).toArray();
			Map<Long, Set<String>> acts = codes("select event_id, act_type from freedoms_act where event_id in ("
					+ KeysetPages.placeholders(ids.length) + ") order by id", ids);
			Map<Long, Set<String>> perpetrators = codes("select a.event_id, p.perpetrator_type from "
					+ "freedoms_act_perpetrator p join freedoms_act a on a.id = p.act_id where a.event_id in ("
					+ KeysetPages.placeholders(ids.length) + ")", ids);
			Map<Long, Set<String>> rights = codes("select event_id, right_code from freedoms_event_right where "
					+ "event_id in (" + KeysetPages.placeholders(ids.length) + ")", ids);
			Map<Long, Long> victims = new HashMap<>();
			jdbc.query("select event_id, count(*) from freedoms_victim where event_id in ("
					+ KeysetPages.placeholders(ids.length) + ") group by event_id",
					(RowCallbackHandler) rs -> victims.put(rs.getLong(1), rs.getLong(2)), ids);
			for (Row r : page) {
				LocalizedText type = r.eventType() == null ? null : types.get(r.eventType());
				LocalizedText gov = governorates.get(r.governorateCode());
				sink.row(new Object[] { r.reference(), r.title(), r.eventType(), type == null ? null : type.ar(),
						type == null ? null : type.en(), r.dateFrom(), r.dateTo(), r.governorateCode(),
						gov == null ? null : gov.ar(), gov == null ? null : gov.en(),
						String.join(";", rights.getOrDefault(r.id(), Set.of())),
						String.join(";", acts.getOrDefault(r.id(), Set.of())),
						String.join(";", perpetrators.getOrDefault(r.id(), Set.of())),
						victims.getOrDefault(r.id(), 0L), r.narrative(), coarse(r.latitude()),
						coarse(r.longitude()) });
			}
		});
	}

	private Map<Long, Set<String>> codes(String sql, Object[] ids) {
		Map<Long, Set<String>> codes = new HashMap<>();
		jdbc.query(sql, (RowCallbackHandler) rs -> codes.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>())
			.add(rs.getString(2)), ids);
		return codes;
	}

	private Double coarse(Double degrees) {
		return degrees == null ? null
				: BigDecimal.valueOf(degrees).setScale(properties.publicCoordinateDecimals(), RoundingMode.HALF_UP)
					.doubleValue();
	}

	/** Published copies the viewer reads, with the filters. */
	private SqlConditions where(ExportQuery query) {
		SqlConditions where = SqlScope.where(ReadRules.DOCUMENTATION.copy(Reader.of(query.viewer()), clock.instant()),
				FIELDS);
		where.and("tier <> 'INTERNAL'");
		if (query.governorateCode() != null) {
			where.and("governorate_code = ?", query.governorateCode());
		}
		if (query.from() != null) {
			where.and("date_from >= ?", query.from());
		}
		if (query.to() != null) {
			where.and("date_from <= ?", query.to());
		}
		return where;
	}

	private record Row(long id, String reference, String title, String eventType, LocalDate dateFrom,
			LocalDate dateTo, String governorateCode, String narrative, Double latitude, Double longitude) {
	}

	private static Row read(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8),
				(Double) rs.getObject(9), (Double) rs.getObject(10));
	}

}
