package ps.rasd.shared.spi;

/** Where an {@link ExportSource} hands its rows, one at a time, as they are read. */
@FunctionalInterface
public interface ExportSink {

	/** One row: values in the order of the columns, {@code null} for nothing. */
	void row(Object[] values);
}
