package ps.rasd.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import ps.rasd.analytics.ExportFiles;
import ps.rasd.analytics.ExportFormat;
import ps.rasd.analytics.ExportRequest;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.ExportColumn;
import ps.rasd.shared.spi.ExportColumn.Type;

/** The three writers on a few rows chosen to be awkward: Arabic, commas, quotes, line breaks, formulas, gaps. */
class ExportWritersTests {

	private static final LocalizedText TITLE = new LocalizedText("الحالات", "Cases");

	private static final List<ExportColumn> COLUMNS = List.of(
			ExportColumn.of("reference", "الرقم المرجعي", "Reference", "#meta +id", Type.TEXT),
			ExportColumn.of("title", "العنوان", "Title", "#description +title", Type.TEXT),
			ExportColumn.of("governorate_code", "رمز المحافظة", "Governorate code", "#adm1 +code", Type.CODE),
			ExportColumn.of("score", "الدرجة", "Score", "#indicator +num", Type.DECIMAL),
			ExportColumn.of("facility_id", "رقم المرفق", "Facility id", null, Type.INTEGER),
			ExportColumn.of("reported_on", "تاريخ التبليغ", "Reported on", "#date +reported", Type.DATE),
			ExportColumn.of("latitude", "خط العرض", "Latitude", "#geo +lat", Type.LATITUDE),
			ExportColumn.of("longitude", "خط الطول", "Longitude", "#geo +lon", Type.LONGITUDE));

	private static final List<Object[]> ROWS = List.of(
			new Object[] { "RSD-2026-000001", "انقطاع المياه، منذ \"أسبوع\"\nفي دورا", "50", new BigDecimal("62.5"),
					17L, LocalDate.of(2026, 11, 28), 31.5, 35.02 },
			new Object[] { "RSD-2026-000002", "=HYPERLINK(\"http://x\")", "45", null, null, LocalDate.of(2026, 1, 2),
					null, null });

	private static byte[] write(ExportFormat format, Locale language, boolean hxl) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ExportWriter writer = ExportWriter.of(new ExportRequest("cases", format, null, null, null, null, hxl,
				language), out);
		writer.begin(TITLE, COLUMNS);
		for (Object[] row : ROWS) {
			writer.row(row);
		}
		writer.finish();
		return out.toByteArray();
	}

	@Test
	void csvHasTheByteOrderMarkArabicHeadersTheHxlRowAndEveryValue() throws IOException {
		List<CSVRecord> records = ExportFiles.csv(write(ExportFormat.CSV, Locale.forLanguageTag("ar"), true));
		assertThat(records).hasSize(4);
		assertThat(records.get(0).toList()).containsExactly("الرقم المرجعي", "العنوان", "رمز المحافظة", "الدرجة",
				"رقم المرفق", "تاريخ التبليغ", "خط العرض", "خط الطول");
		assertThat(records.get(1).toList()).containsExactly("#meta +id", "#description +title", "#adm1 +code",
				"#indicator +num", "", "#date +reported", "#geo +lat", "#geo +lon");
		assertThat(records.get(2).toList()).containsExactly("RSD-2026-000001", "انقطاع المياه، منذ \"أسبوع\"\nفي دورا",
				"50", "62.5", "17", "2026-11-28", "31.5", "35.02");
		assertThat(records.get(3).toList()).containsExactly("RSD-2026-000002", "'=HYPERLINK(\"http://x\")", "45", "",
				"", "2026-01-02", "", "");
	}

	@Test
	void csvInEnglishWithoutHxlHasEnglishHeadersAndNoTagRow() throws IOException {
		List<CSVRecord> records = ExportFiles.csv(write(ExportFormat.CSV, Locale.ENGLISH, false));
		assertThat(records).hasSize(3);
		assertThat(records.get(0).get(0)).isEqualTo("Reference");
		assertThat(records.get(1).get(0)).isEqualTo("RSD-2026-000001");
	}

	@Test
	void xlsxIsARightToLeftSheetWithArabicHeadersTypedCellsAndTheHxlRow() throws IOException {
		byte[] file = write(ExportFormat.XLSX, Locale.forLanguageTag("ar"), true);
		assertThat(ExportFiles.firstSheetXml(file)).containsPattern("rightToLeft=\"(1|true)\"");
		List<List<String>> rows = ExportFiles.xlsx(file);
		assertThat(rows).hasSize(4);
		assertThat(rows.get(0)).containsExactly("الرقم المرجعي", "العنوان", "رمز المحافظة", "الدرجة", "رقم المرفق",
				"تاريخ التبليغ", "خط العرض", "خط الطول");
		assertThat(rows.get(1)).startsWith("#meta +id", "#description +title", "#adm1 +code");
		assertThat(rows.get(2)).startsWith("RSD-2026-000001", "انقطاع المياه، منذ \"أسبوع\"\nفي دورا", "50");
		// a formula-looking text stays text in a workbook: nothing to escape
		assertThat(rows.get(3).get(1)).isEqualTo("=HYPERLINK(\"http://x\")");
		Row first = ExportFiles.xlsxRows(file).get(2);
		assertThat(first.getCellAsNumber(3)).contains(new BigDecimal("62.5"));
		assertThat(first.getCellAsNumber(4)).contains(new BigDecimal("17"));
		assertThat(first.getCellAsDate(5)).hasValueSatisfying(d -> assertThat(d.toLocalDate())
			.isEqualTo(LocalDate.of(2026, 11, 28)));
		assertThat(first.getCellAsNumber(6)).contains(new BigDecimal("31.5"));
	}

	@Test
	void xlsxInEnglishRunsLeftToRight() throws IOException {
		byte[] file = write(ExportFormat.XLSX, Locale.ENGLISH, false);
		assertThat(ExportFiles.firstSheetXml(file)).doesNotContain("rightToLeft");
		assertThat(ExportFiles.xlsx(file).get(0).get(0)).isEqualTo("Reference");
	}

	@Test
	void sheetNamesKeepToExcelsRules() {
		assertThat(XlsxExportWriter.sheetName("زيارات/الرصد: [2026]?", 1)).isEqualTo("زيارات الرصد   2026");
		assertThat(XlsxExportWriter.sheetName("x".repeat(40), 2)).hasSize(31).endsWith(" 2");
	}

	@Test
	void geoJsonIsAFeatureCollectionWithAPointPerRowAndNullWhereThereIsNone() throws IOException {
		JsonNode json = ExportFiles.geojson(write(ExportFormat.GEOJSON, Locale.forLanguageTag("ar"), true));
		assertThat(json.get("type").asText()).isEqualTo("FeatureCollection");
		JsonNode features = json.get("features");
		assertThat(features.size()).isEqualTo(2);
		JsonNode first = features.get(0);
		assertThat(first.get("geometry").get("type").asText()).isEqualTo("Point");
		assertThat(first.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(35.02);
		assertThat(first.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(31.5);
		List<String> names = new ArrayList<>();
		first.get("properties").propertyNames().forEach(names::add);
		assertThat(names).containsExactly("reference", "title", "governorate_code", "score", "facility_id",
				"reported_on");
		assertThat(first.get("properties").get("score").decimalValue()).isEqualByComparingTo("62.5");
		assertThat(first.get("properties").get("reported_on").asText()).isEqualTo("2026-11-28");
		assertThat(features.get(1).get("geometry").isNull()).isTrue();
		assertThat(features.get(1).get("properties").get("title").asText()).isEqualTo("=HYPERLINK(\"http://x\")");
	}
}
