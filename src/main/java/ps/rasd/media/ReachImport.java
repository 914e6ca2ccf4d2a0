package ps.rasd.media;

import java.util.List;

/**
 * What an import of a platform's CSV export did.
 *
 * @param rows data rows read
 * @param imported rows kept (a day already known is replaced)
 * @param bad the rows left out and why
 */
public record ReachImport(int rows, int imported, List<BadRow> bad) {

	/**
	 * A row left out.
	 *
	 * @param line the line number in the file (the header is line 1)
	 * @param code why, a message code ({@code media.reach.bad-date}, {@code media.reach.bad-number}...)
	 * @param value the value that was refused
	 */
	public record BadRow(long line, String code, String value) {
	}
}
