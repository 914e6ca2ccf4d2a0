package ps.rasd.shared.spi;

import java.util.List;

import ps.rasd.shared.LocalizedText;

/**
 * A module's records offered for export (cases, visits, facilities): the analytics module writes them as CSV, XLSX or
 * GeoJSON without importing the module.
 *
 * <p>Rules every source keeps:
 * <ul>
 * <li>Rows are <em>streamed</em> from the database in pages (keyset on the id) and handed to the sink one by one;
 * a source never collects its rows, so a million-row export runs in a small heap.</li>
 * <li>Tiers and governorate scopes are enforced in the source's own query, with the same rules as the module's pages:
 * the public (a {@code null} viewer) gets only {@code PUBLIC} records whose embargo has passed.</li>
 * <li>No reporter's or monitor's identity is ever exported, to anyone.</li>
 * </ul>
 */
public interface ExportSource {

	/** The name in URLs and file names, e.g. {@code cases}; lower case letters and dashes. */
	String name();

	/** What the export holds, for pages and sheet names. */
	LocalizedText title();

	/** The columns of this query, in order; they may depend on the viewer and the filters (e.g. a sector's indicators). */
	List<ExportColumn> columns(ExportQuery query);

	/** How many rows {@link #stream} would give now: the total shown beside a job's progress. */
	long count(ExportQuery query);

	/**
	 * Hands every row the viewer may see that matches the filters to the sink, one at a time, values in the order of
	 * {@link #columns}. The array handed over belongs to the sink once passed.
	 */
	void stream(ExportQuery query, ExportSink sink);
}
