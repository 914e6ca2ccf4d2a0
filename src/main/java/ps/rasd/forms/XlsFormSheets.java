package ps.rasd.forms;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import ps.rasd.shared.DomainException;

/**
 * The sheets of an XLSForm as rows of named cells. Headers are read loosely, as pyxform does: case and spaces do not
 * matter ({@code List Name} is {@code list_name}), and a language column ({@code label::Arabic (ar)},
 * {@code label::English}, {@code label:العربية}) becomes {@code label@ar}; a label without a language is {@code label}.
 */
final class XlsFormSheets {

	/** One row: its spreadsheet number (1 is the header) and its non-empty cells by header. */
	record SheetRow(int number, Map<String, String> cells) {

		String get(String column) {
			return cells.getOrDefault(column, "");
		}
	}

	private XlsFormSheets() {
	}

	static Map<String, List<SheetRow>> read(Path file, String fileName) {
		Map<String, List<SheetRow>> sheets = new LinkedHashMap<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
			for (Sheet sheet : workbook.getSheets().toList()) {
				sheets.put(sheet.getName().strip().toLowerCase(Locale.ROOT), rows(sheet.read()));
			}
		}
		catch (IOException | ExcelReaderException ex) {
			throw new DomainException("forms.xlsform.not-xlsx", fileName);
		}
		return sheets;
	}

	private static List<SheetRow> rows(List<Row> rows) {
		List<SheetRow> result = new ArrayList<>();
		if (rows.isEmpty()) {
			return result;
		}
		Row header = rows.get(0);
		List<String> names = new ArrayList<>();
		for (int i = 0; i < header.getCellCount(); i++) {
			names.add(header(text(header, i)));
		}
		for (Row row : rows.subList(1, rows.size())) {
			Map<String, String> cells = new LinkedHashMap<>();
			for (int i = 0; i < Math.min(row.getCellCount(), names.size()); i++) {
				String value = text(row, i);
				if (!value.isEmpty() && !names.get(i).isEmpty()) {
					cells.putIfAbsent(names.get(i), value);
				}
			}
			if (!cells.isEmpty()) {
				result.add(new SheetRow(row.getRowNum(), cells));
			}
		}
		return result;
	}

	private static String text(Row row, int i) {
		return row.getOptionalCell(i).map(Cell::getText).map(String::strip).orElse("");
	}

	static String header(String raw) {
		String[] parts = raw.strip().split("::?", 2);
		String base = parts[0].strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
		if (parts.length == 1) {
			return base;
		}
		return base + "@" + language(parts[1].strip());
	}

	/** {@code Arabic (ar)} → {@code ar}; {@code English} → {@code en}; anything else its code or name. */
	static String language(String text) {
		var code = java.util.regex.Pattern.compile("\\(([A-Za-z-]{2,8})\\)\\s*$").matcher(text);
		if (code.find()) {
			return code.group(1).toLowerCase(Locale.ROOT);
		}
		String name = text.toLowerCase(Locale.ROOT);
		if (name.startsWith("arab") || name.startsWith("العرب") || name.startsWith("عرب")) {
			return "ar";
		}
		if (name.startsWith("engl") || name.startsWith("الإنجليزية") || name.startsWith("انجليزي")) {
			return "en";
		}
		return name.replaceAll("\\s+", "_");
	}
}
