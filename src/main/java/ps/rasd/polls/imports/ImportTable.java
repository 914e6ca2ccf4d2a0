package ps.rasd.polls.imports;

import java.util.List;

/**
 * A file of responses as read: its column headers and its rows, each with the row number a spreadsheet shows
 * (the header is row 1).
 */
public record ImportTable(List<String> headers, List<Row> rows) {

	/** One row of cells, as many as there are headers. */
	public record Row(long number, List<String> cells) {

		String cell(int column) {
			return column < cells.size() ? cells.get(column) : "";
		}
	}
}
