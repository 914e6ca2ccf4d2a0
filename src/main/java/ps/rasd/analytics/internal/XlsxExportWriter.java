package ps.rasd.analytics.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.ExportColumn;

/**
 * XLSX through fastexcel's streaming writer: rows are flushed to the file every few hundred, so memory does not grow
 * with the rows. In Arabic the sheet runs right to left with Arabic headers. Free text is written as inline strings:
 * the shared-strings table would keep every distinct text in memory to the end, so only short lists (codes, names of
 * governorates and sectors) go there. Past Excel's 1,048,576 rows a sheet, the rows continue on a new sheet.
 */
final class XlsxExportWriter implements ExportWriter {

	static final int MAX_ROWS = 1_048_576;

	private static final int FLUSH_EVERY = 256;

	private final Workbook workbook;

	private final Locale language;

	private final boolean hxl;

	private LocalizedText title;

	private List<ExportColumn> columns;

	private Worksheet sheet;

	private int sheets;

	private int row;

	XlsxExportWriter(OutputStream out, Locale language, boolean hxl) {
		this.workbook = new Workbook(out, "Rasd", "1.0");
		this.language = language;
		this.hxl = hxl;
	}

	@Override
	public void begin(LocalizedText title, List<ExportColumn> columns) throws IOException {
		this.title = title;
		this.columns = columns;
		newSheet();
	}

	private void newSheet() {
		sheets++;
		sheet = workbook.newWorksheet(sheetName(title.in(language), sheets));
		if (!"en".equals(language.getLanguage())) {
			sheet.rightToLeft();
		}
		for (int c = 0; c < columns.size(); c++) {
			ExportColumn column = columns.get(c);
			sheet.width(c, column.type() == ExportColumn.Type.TEXT ? 30 : 16);
			sheet.value(0, c, column.header(language));
			sheet.style(0, c).bold().fillColor("E8EEF2").set();
			if (hxl) {
				sheet.value(1, c, column.hxl() == null ? "" : column.hxl());
				sheet.style(1, c).italic().set();
			}
		}
		row = hxl ? 2 : 1;
		sheet.freezePane(0, row);
	}

	/** Sheet names: at most 31 characters, none of : \ / ? * [ ]; a number after the first. */
	static String sheetName(String title, int number) {
		String clean = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
		String suffix = number == 1 ? "" : " " + number;
		int room = 31 - suffix.length();
		return (clean.length() > room ? clean.substring(0, room) : clean) + suffix;
	}

	@Override
	public void row(Object[] values) throws IOException {
		if (row == MAX_ROWS) {
			sheet.finish();
			newSheet();
		}
		for (int c = 0; c < values.length; c++) {
			cell(c, values[c]);
		}
		row++;
		if (row % FLUSH_EVERY == 0) {
			sheet.flush();
		}
	}

	private void cell(int c, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof String) {
			if (columns.get(c).type() == ExportColumn.Type.CODE) {
				sheet.value(row, c, (String) value);
			}
			else {
				sheet.inlineString(row, c, (String) value);
			}
		}
		else if (value instanceof Number) {
			sheet.value(row, c, (Number) value);
		}
		else if (value instanceof LocalDate) {
			sheet.value(row, c, (LocalDate) value);
			sheet.style(row, c).format("yyyy-mm-dd").set();
		}
		else {
			sheet.inlineString(row, c, value.toString());
		}
	}

	@Override
	public void finish() throws IOException {
		workbook.finish();
	}
}
