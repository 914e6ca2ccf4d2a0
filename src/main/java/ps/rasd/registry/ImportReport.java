package ps.rasd.registry;

import java.util.List;

/**
 * The outcome of a CSV import: either every row was imported, or none was and the errors say why.
 *
 * @param imported how many rows were imported
 * @param errors what is wrong, by row and column; empty when the import succeeded
 */
public record ImportReport(int imported, List<RowError> errors) {

	public boolean succeeded() {
		return errors.isEmpty();
	}

	/**
	 * @param row the line of the file (the header is line 1)
	 * @param column the column's header
	 * @param code the message code
	 * @param value the value found
	 */
	public record RowError(int row, String column, String code, String value) {
	}
}
