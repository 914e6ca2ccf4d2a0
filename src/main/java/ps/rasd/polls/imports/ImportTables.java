package ps.rasd.polls.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import ps.rasd.shared.archive.ArchiveLimits;
import ps.rasd.shared.archive.ArchiveRefused;
import ps.rasd.shared.archive.SafeArchive;

/**
 * Reads a file of responses: CSV (UTF-8 with or without a byte order mark, comma or semicolon) or XLSX (the first
 * sheet). The first row holds the column headers; blank rows are skipped. An XLSX file passes the safe-archive gate
 * (unpacked sizes, ratio, document types, cell lengths) before the reader opens it.
 */
public final class ImportTables {

	private ImportTables() {
	}

	public static ImportTable read(Path file, String fileName, int maxRows, ArchiveLimits limits) {
		try {
			byte[] head = new byte[8];
			int n;
			try (InputStream in = Files.newInputStream(file)) {
				n = in.readNBytes(head, 0, head.length);
			}
			if (n >= 4 && ReadableWorkbook.isOOXMLZipHeader(head)) {
				try {
					SafeArchive.inspectSpreadsheet(file, fileName, limits);
				}
				catch (ArchiveRefused refused) {
					if (refused.code().equals("archive.damaged")) {
						throw new ImportFileException("polls.import.file.bad-xlsx", fileName);
					}
					throw ImportFileException.of(refused);
				}
				return xlsx(file, fileName, maxRows);
			}
			if (n >= 8 && ReadableWorkbook.isOLE2Header(head)) {
				throw new ImportFileException("polls.import.file.old-excel", fileName);
			}
			return csv(file, fileName, maxRows);
		}
		catch (IOException ex) {
			throw new ImportFileException("polls.import.file.unreadable", fileName);
		}
	}

	private static ImportTable csv(Path file, String fileName, int maxRows) throws IOException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new ImportFileException("polls.import.file.not-utf8", fileName);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreSurroundingSpaces(true)
			.get();
		List<String> headers = null;
		List<ImportTable.Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				List<String> cells = record.toList();
				if (headers == null) {
					headers = headers(cells, fileName);
					continue;
				}
				add(rows, record.getRecordNumber(), cells, headers.size(), maxRows);
			}
		}
		catch (java.io.UncheckedIOException | IllegalStateException ex) {
			throw new ImportFileException("polls.import.file.bad-csv", fileName);
		}
		if (headers == null) {
			throw new ImportFileException("polls.import.file.no-header", fileName);
		}
		return new ImportTable(headers, rows);
	}

	/** A semicolon when the header line has more semicolons than commas (spreadsheets set to Arabic or French). */
	static char delimiter(String text) {
		int end = text.indexOf('\n');
		String first = end < 0 ? text : text.substring(0, end);
		long semicolons = first.chars().filter(c -> c == ';').count();
		long commas = first.chars().filter(c -> c == ',').count();
		return semicolons > commas ? ';' : ',';
	}

	private static ImportTable xlsx(Path file, String fileName, int maxRows) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
				Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
			List<String> headers = null;
			List<ImportTable.Row> rows = new ArrayList<>();
			for (Row row : (Iterable<Row>) sheet::iterator) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(row.getOptionalCell(i).map(ImportTables::text).orElse(""));
				}
				if (headers == null) {
					if (cells.stream().allMatch(String::isBlank)) {
						continue;
					}
					headers = headers(cells, fileName);
					continue;
				}
				add(rows, row.getRowNum(), cells, headers.size(), maxRows);
			}
			if (headers == null) {
				throw new ImportFileException("polls.import.file.no-header", fileName);
			}
			return new ImportTable(headers, rows);
		}
		catch (IOException | ExcelReaderException | IllegalStateException ex) {
			throw new ImportFileException("polls.import.file.bad-xlsx", fileName);
		}
	}

	/** A cell as text: numbers without a trailing {@code .0}, dates as year-month-day. */
	private static String text(Cell cell) {
		switch (cell.getType()) {
			case NUMBER:
				if (isDate(cell)) {
					return cell.asDate().toLocalDate().toString();
				}
				return new BigDecimal(cell.getRawValue()).stripTrailingZeros().toPlainString();
			case BOOLEAN:
				return String.valueOf(cell.asBoolean());
			case EMPTY:
				return "";
			default:
				return cell.getText() == null ? "" : cell.getText().strip();
		}
	}

	private static boolean isDate(Cell cell) {
		Integer id = cell.getDataFormatId();
		String format = cell.getDataFormatString();
		return (id != null && id >= 14 && id <= 22)
				|| (format != null && format.matches("(?i).*(yy|dd|mmm).*") && !format.contains("0"));
	}

	private static List<String> headers(List<String> cells, String fileName) {
		List<String> headers = new ArrayList<>(cells.stream().map(String::strip).toList());
		while (!headers.isEmpty() && headers.get(headers.size() - 1).isEmpty()) {
			headers.remove(headers.size() - 1);
		}
		if (headers.isEmpty()) {
			throw new ImportFileException("polls.import.file.no-header", fileName);
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < headers.size(); i++) {
			if (headers.get(i).isEmpty()) {
				throw new ImportFileException("polls.import.file.blank-header", i + 1);
			}
			if (!seen.add(headers.get(i))) {
				throw new ImportFileException("polls.import.file.repeated-header", headers.get(i));
			}
		}
		return List.copyOf(headers);
	}

	private static void add(List<ImportTable.Row> rows, long number, List<String> cells, int width, int maxRows) {
		if (cells.stream().allMatch(String::isBlank)) {
			return;
		}
		if (rows.size() >= maxRows) {
			throw new ImportFileException("polls.import.file.too-many-rows", maxRows);
		}
		List<String> kept = new ArrayList<>(width);
		for (int i = 0; i < width; i++) {
			kept.add(i < cells.size() ? cells.get(i).strip() : "");
		}
		rows.add(new ImportTable.Row(number, kept));
	}
}
