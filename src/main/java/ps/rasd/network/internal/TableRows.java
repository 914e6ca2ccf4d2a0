package ps.rasd.network.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import ps.rasd.shared.archive.ArchiveLimits;
import ps.rasd.shared.archive.SafeArchive;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import ps.rasd.shared.DomainException;

/**
 * Reads a table of people row by row, never holding the file: CSV (UTF-8 with or without a byte order mark, comma
 * or semicolon) or XLSX (the first sheet, through fastexcel's streaming reader). The first non-blank row is the
 * header. A spreadsheet is inspected by {@link #inspect} before it is read, the one place where the archive guard
 * (zip bombs, XML entities) applies to network imports.
 */
public final class TableRows {

	private TableRows() {
	}

	/** One row: its number in the file (the header is row 1) and its cells. */
	public record Line(long number, List<String> cells) {

		/** The cell at a column, stripped, or {@code null} when blank or absent. */
		public String cell(Integer column) {
			if (column == null || column < 0 || column >= cells.size()) {
				return null;
			}
			String value = cells.get(column);
			return value == null || value.isBlank() ? null : value.strip();
		}
	}

	/** The header row of a file. */
	public static List<String> headers(Path file) {
		List<List<String>> first = new ArrayList<>();
		try {
			read(file, first::add, header -> {
				throw new Stop();
			});
		}
		catch (Stop stop) {
			// only the header was wanted
		}
		if (first.isEmpty()) {
			throw new DomainException("network.import.no-header");
		}
		return first.get(0);
	}

	private static final class Stop extends RuntimeException {

		Stop() {
			super(null, null, false, false);
		}
	}

	/**
	 * Hands the header to {@code header} and then every non-blank row to {@code rows}, in order.
	 * @throws DomainException {@code network.import.unreadable}, {@code network.import.not-utf8},
	 * {@code network.import.old-excel}, {@code network.import.no-header}
	 */
	public static void read(Path file, Consumer<List<String>> header, Consumer<Line> rows) {
		byte[] head = new byte[8];
		int n;
		try (InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, head.length);
		}
		catch (IOException ex) {
			throw new DomainException("network.import.unreadable");
		}
		if (n >= 4 && ReadableWorkbook.isOOXMLZipHeader(head)) {
			inspect(file);
			xlsx(file, header, rows);
		}
		else if (n >= 8 && ReadableWorkbook.isOLE2Header(head)) {
			throw new DomainException("network.import.old-excel");
		}
		else {
			csv(file, header, rows);
		}
	}

	/**
	 * Where a spreadsheet is checked before it is opened: the safe-archive gate (decompressed size and ratio of every
	 * entry, DOCTYPE, cell length) refuses a compression bomb, XXE or billion laughs before fastexcel reads a byte.
	 */
	static void inspect(Path file) {
		SafeArchive.inspectSpreadsheet(file, file.getFileName().toString(), ArchiveLimits.defaults());
	}

	private static void csv(Path file, Consumer<List<String>> header, Consumer<Line> rows) {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
			reader.mark(1 << 16);
			char[] start = new char[4096];
			int read = reader.read(start);
			reader.reset();
			String first = read <= 0 ? "" : new String(start, 0, read);
			if (first.startsWith("\uFEFF")) {
				reader.skip(1);
			}
			int eol = first.indexOf('\n');
			String line = eol < 0 ? first : first.substring(0, eol);
			char delimiter = line.chars().filter(c -> c == ';').count() > line.chars().filter(c -> c == ',').count()
					? ';' : ',';
			CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
			boolean headed = false;
			try (CSVParser parser = CSVParser.parse(reader, format)) {
				for (CSVRecord record : parser) {
					List<String> cells = record.toList();
					if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
						continue;
					}
					if (!headed) {
						header.accept(cells);
						headed = true;
						continue;
					}
					rows.accept(new Line(record.getRecordNumber(), cells));
				}
			}
			if (!headed) {
				throw new DomainException("network.import.no-header");
			}
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			throw new DomainException("network.import.not-utf8");
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException ex) {
			if (ex.getCause() instanceof java.nio.charset.CharacterCodingException) {
				throw new DomainException("network.import.not-utf8");
			}
			throw new DomainException("network.import.unreadable");
		}
	}

	private static void xlsx(Path file, Consumer<List<String>> header, Consumer<Line> rows) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
				Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
			boolean headed = false;
			for (Row row : (Iterable<Row>) sheet::iterator) {
				List<String> cells = new ArrayList<>(row.getCellCount());
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(row.getOptionalCell(i).map(TableRows::text).orElse(""));
				}
				if (cells.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (!headed) {
					header.accept(cells);
					headed = true;
					continue;
				}
				rows.accept(new Line(row.getRowNum(), cells));
			}
			if (!headed) {
				throw new DomainException("network.import.no-header");
			}
		}
		catch (IOException | ExcelReaderException | IllegalStateException ex) {
			throw new DomainException("network.import.unreadable");
		}
	}

	private static String text(Cell cell) {
		return switch (cell.getType()) {
			case NUMBER -> new BigDecimal(cell.getRawValue()).stripTrailingZeros().toPlainString();
			case BOOLEAN -> String.valueOf(cell.asBoolean());
			case EMPTY, ERROR -> "";
			default -> cell.getText() == null ? "" : cell.getText();
		};
	}
}
