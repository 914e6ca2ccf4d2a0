package ps.rasd.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.ExportColumn;
import ps.rasd.shared.spi.ExportColumn.Type;
import ps.rasd.shared.sql.ExportDays;
import ps.rasd.shared.spi.ExportQuery;
import ps.rasd.shared.spi.ExportSink;
import ps.rasd.shared.spi.ExportSource;
import ps.rasd.shared.sql.KeysetPages;
import ps.rasd.shared.sql.SqlConditions;

/**
 * Facilities for export: points of public service, the same for everyone (the registry's pages are public). The
 * date filters read the day a facility was registered.
 */
@org.springframework.core.annotation.Order(3)
class FacilityExportSource implements ExportSource {

	static final int PAGE = 2000;

	private static final List<ExportColumn> COLUMNS = List.of(
			ExportColumn.of("facility_id", "رقم المرفق", "Facility id", "#loc +code", Type.INTEGER),
			ExportColumn.of("name_ar", "الاسم", "Name (Arabic)", "#loc +name +i_ar", Type.TEXT),
			ExportColumn.of("name_en", "الاسم بالإنجليزية", "Name", "#loc +name +i_en", Type.TEXT),
			ExportColumn.of("type_code", "رمز النوع", "Type code", "#loc +type +code", Type.CODE),
			ExportColumn.of("type_ar", "النوع", "Type (Arabic)", "#loc +type +i_ar", Type.CODE),
			ExportColumn.of("sector_code", "القطاع", "Sector", "#sector", Type.CODE),
			ExportColumn.of("sector_ar", "اسم القطاع", "Sector (Arabic)", "#sector +name +i_ar", Type.CODE),
			ExportColumn.of("authority_id", "رقم الجهة", "Authority id", "#org +impl +code", Type.INTEGER),
			ExportColumn.of("authority_ar", "الجهة المسؤولة", "Responsible authority", "#org +impl", Type.CODE),
			ExportColumn.of("governorate_code", "رمز المحافظة", "Governorate code", "#adm1 +code", Type.CODE),
			ExportColumn.of("governorate_ar", "المحافظة", "Governorate (Arabic)", "#adm1 +name +i_ar", Type.CODE),
			ExportColumn.of("governorate_en", "المحافظة بالإنجليزية", "Governorate", "#adm1 +name +i_en", Type.CODE),
			ExportColumn.of("place_id", "رقم التجمع", "Place id", null, Type.INTEGER),
			ExportColumn.of("address", "العنوان", "Address", null, Type.TEXT),
			ExportColumn.of("status", "الحالة", "Status", "#status", Type.CODE),
			ExportColumn.of("registered_on", "تاريخ التسجيل", "Registered on", "#date +created", Type.DATE),
			ExportColumn.of("latitude", "خط العرض", "Latitude", "#geo +lat", Type.LATITUDE),
			ExportColumn.of("longitude", "خط الطول", "Longitude", "#geo +lon", Type.LONGITUDE));

	private static final String FROM = " from registry_facility f join registry_sector s on s.id = f.sector_id"
			+ " join registry_authority a on a.id = f.authority_id"
			+ " join registry_facility_type t on t.code = f.type_code where ";

	private final JdbcTemplate jdbc;

	private final GeographyManagement geography;

	FacilityExportSource(JdbcTemplate jdbc, GeographyManagement geography) {
		this.jdbc = jdbc;
		this.geography = geography;
	}

	@Override
	public String name() {
		return "facilities";
	}

	@Override
	public LocalizedText title() {
		return new LocalizedText("المرافق", "Facilities");
	}

	@Override
	public List<ExportColumn> columns(ExportQuery query) {
		return COLUMNS;
	}

	@Override
	public long count(ExportQuery query) {
		SqlConditions where = where(query);
		Long count = jdbc.queryForObject("select count(*)" + FROM + where.sql(), Long.class,
				where.arguments().toArray());
		return count == null ? 0 : count;
	}

	@Override
	public void stream(ExportQuery query, ExportSink sink) {
		SqlConditions where = where(query);
		Map<String, LocalizedText> governorates = geography.governorates().stream()
			.collect(Collectors.toMap(GovernorateSummary::code, GovernorateSummary::name));
		String sql = "select f.id, f.name_ar, f.name_en, f.type_code, t.name_ar as type_ar, s.code as sector_code,"
				+ " s.name_ar as sector_ar, f.authority_id, a.name_ar as authority_ar, f.governorate_code, f.place_id,"
				+ " f.address, f.status, f.created_at, f.latitude, f.longitude" + FROM + where.sql()
				+ " and f.id > ? order by f.id limit ?";
		KeysetPages.read(jdbc, sql, where.arguments(), PAGE, (rs, n) -> read(rs, governorates), row -> (Long) row[0],
				page -> page.forEach(sink::row));
	}

	private static SqlConditions where(ExportQuery query) {
		SqlConditions where = new SqlConditions();
		if (query.governorateCode() != null) {
			where.and("f.governorate_code = ?", query.governorateCode());
		}
		if (query.sectorCode() != null) {
			where.and("s.code = ?", query.sectorCode());
		}
		return ExportDays.between(where, "f.created_at", query);
	}

	private static Object[] read(ResultSet rs, Map<String, LocalizedText> governorates) throws SQLException {
		LocalizedText governorate = governorates.get(rs.getString("governorate_code"));
		return new Object[] { rs.getLong("id"), rs.getString("name_ar"), rs.getString("name_en"),
				rs.getString("type_code"), rs.getString("type_ar"), rs.getString("sector_code"),
				rs.getString("sector_ar"), rs.getLong("authority_id"), rs.getString("authority_ar"),
				rs.getString("governorate_code"), governorate == null ? null : governorate.ar(),
				governorate == null ? null : governorate.en(), rs.getObject("place_id", Long.class),
				rs.getString("address"), rs.getString("status"),
				ExportDays.day(rs.getObject("created_at", OffsetDateTime.class)),
				rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class) };
	}
}
