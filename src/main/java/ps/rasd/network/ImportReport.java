package ps.rasd.network;

import java.util.List;

/**
 * What an import did, or why it did nothing: it is all or nothing, so with any error no row is saved.
 *
 * @param rows rows read (without the header)
 * @param imported rows saved ({@code 0} when there were errors)
 * @param errors the rows at fault, at most {@link #MAX_LISTED}
 * @param errorCount how many errors in all
 * @param duplicates rows that may be people already recorded (or recorded twice in the file), at most
 * {@link #MAX_LISTED}; they are imported and can be merged from the record
 * @param duplicateCount how many in all
 */
public record ImportReport(long rows, long imported, List<RowError> errors, long errorCount,
		List<RowDuplicate> duplicates, long duplicateCount) {

	/** The most errors or duplicates a report lists. */
	public static final int MAX_LISTED = 200;

	/** Whether nothing was saved because of errors. */
	public boolean refused() {
		return errorCount > 0;
	}

	/**
	 * One fault.
	 *
	 * @param row the row number in the file
	 * @param field the field at fault
	 * @param code the message code
	 */
	public record RowError(long row, String field, String code) {
	}

	/**
	 * One likely duplicate.
	 *
	 * @param row the row number in the file
	 * @param name the name on that row
	 * @param existing the existing record it may be, or {@code null} when it repeats an earlier row
	 * @param earlierRow the earlier row it repeats, or {@code 0}
	 * @param reason {@code sound}, {@code phone} or {@code email}
	 */
	public record RowDuplicate(long row, String name, PersonId existing, long earlierRow, String reason) {
	}
}
