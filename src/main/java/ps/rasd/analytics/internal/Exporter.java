package ps.rasd.analytics.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.LongConsumer;

import org.springframework.stereotype.Component;

import ps.rasd.analytics.ExportRequest;
import ps.rasd.shared.spi.ExportColumn;
import ps.rasd.shared.spi.ExportQuery;
import ps.rasd.shared.spi.ExportSource;

/** Pours a source's rows into the writer of the request's format, as they are read. */
@Component
public class Exporter {

	/**
	 * Writes the export and returns how many rows it holds.
	 * @param progress told the number of rows written after each row
	 */
	public long write(ExportSource source, ExportQuery query, ExportRequest request, OutputStream out,
			LongConsumer progress) throws IOException {
		List<ExportColumn> columns = source.columns(query);
		ExportWriter writer = ExportWriter.of(request, out);
		writer.begin(source.title(), columns);
		long[] rows = { 0 };
		try {
			source.stream(query, values -> {
				if (values.length != columns.size()) {
					throw new IllegalStateException(source.name() + " gave " + values.length + " values for "
							+ columns.size() + " columns");
				}
				try {
					writer.row(values);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				progress.accept(++rows[0]);
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		writer.finish();
		return rows[0];
	}
}
