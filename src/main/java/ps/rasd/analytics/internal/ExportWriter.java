package ps.rasd.analytics.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import ps.rasd.analytics.ExportFormat;
import ps.rasd.analytics.ExportRequest;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.ExportColumn;

/** Writes one export file as its rows arrive, holding no more than a few rows. */
public interface ExportWriter {

	/** Writes what comes before the rows (headers, the HXL row). */
	void begin(LocalizedText title, List<ExportColumn> columns) throws IOException;

	/** Writes one row, values in the order of the columns. */
	void row(Object[] values) throws IOException;

	/** Writes what comes after the rows and flushes; the stream stays open. */
	void finish() throws IOException;

	/** The writer of the request's format. */
	static ExportWriter of(ExportRequest request, OutputStream out) {
		ExportFormat format = request.format();
		switch (format) {
			case CSV:
				return new CsvExportWriter(out, request.language(), request.hxl());
			case XLSX:
				return new XlsxExportWriter(out, request.language(), request.hxl());
			case GEOJSON:
				return new GeoJsonExportWriter(out);
			default:
				throw new IllegalArgumentException("No writer for " + format);
		}
	}
}
