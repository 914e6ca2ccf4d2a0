package ps.rasd.analytics.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.ExportColumn;

/**
 * CSV: UTF-8 with a byte-order mark (so spreadsheet programs read Arabic), RFC 4180 quoting and line ends, headers in
 * the request's language and, when asked, the HXL hashtag row right under them.
 */
final class CsvExportWriter implements ExportWriter {

	private final BufferedWriter out;

	private final Locale language;

	private final boolean hxl;

	private CSVPrinter printer;

	CsvExportWriter(OutputStream out, Locale language, boolean hxl) {
		this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		this.language = language;
		this.hxl = hxl;
	}

	@Override
	public void begin(LocalizedText title, List<ExportColumn> columns) throws IOException {
		out.write('\uFEFF');
		printer = new CSVPrinter(out, CSVFormat.DEFAULT);
		printer.printRecord(columns.stream().map(c -> c.header(language)));
		if (hxl) {
			printer.printRecord(columns.stream().map(c -> c.hxl() == null ? "" : c.hxl()));
		}
	}

	@Override
	public void row(Object[] values) throws IOException {
		for (Object value : values) {
			printer.print(value instanceof String ? Cells.safeText((String) value) : Cells.text(value));
		}
		printer.println();
	}

	@Override
	public void finish() throws IOException {
		printer.flush();
		out.flush();
	}
}
