package ps.rasd.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads exported files back as their users' programs would: commons-csv, fastexcel's reader, a JSON parser. */
public final class ExportFiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ExportFiles() {
	}

	/** Every record of a CSV export (header and HXL rows included), after checking its UTF-8 byte-order mark. */
	public static List<CSVRecord> csv(byte[] bytes) {
		assertThat(bytes).as("a UTF-8 byte-order mark").startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		try {
			return CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The values of a CSV record. */
	public static List<String> values(CSVRecord record) {
		return record.toList();
	}

	/** Every row of the first sheet of an XLSX export, each cell as text ({@code ""} when empty). */
	public static List<List<String>> xlsx(byte[] bytes) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			List<List<String>> rows = new ArrayList<>();
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(row.getCellText(i));
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The rows of the first sheet as fastexcel's reader gives them (typed cells). */
	public static List<Row> xlsxRows(byte[] bytes) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			return workbook.getFirstSheet().read();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The XML of the first worksheet, to check its view (right to left). Read through the zip's central directory:
	 * the streamed entries carry their sizes after the data, which {@code ZipInputStream} does not accept.
	 */
	public static String firstSheetXml(byte[] bytes) {
		try {
			Path file = Files.createTempFile("export", ".xlsx");
			try {
				Files.write(file, bytes);
				try (ZipFile zip = new ZipFile(file.toFile())) {
					ZipEntry entry = zip.getEntry("xl/worksheets/sheet1.xml");
					assertThat(entry).as("the first worksheet").isNotNull();
					return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
				}
			}
			finally {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A GeoJSON export parsed as JSON. */
	public static JsonNode geojson(byte[] bytes) {
		return JSON.readTree(bytes);
	}

	/** Every text of a file in any format, to look for what must never be there. */
	public static String allText(byte[] bytes, ExportFormat format) {
		switch (format) {
			case XLSX:
				return xlsx(bytes).toString();
			default:
				return new String(bytes, StandardCharsets.UTF_8);
		}
	}
}
