package ps.rasd.shared;

import java.time.Instant;

/**
 * One page asked for with keyset paging: rows after ({@code afterKey}, {@code afterId}) in the order of {@code key}
 * (then id, the same direction), at most {@code limit} of them. Facades fetch {@code limit + 1} rows to tell whether
 * a next page exists and hand them to {@link Paging#page}.
 *
 * @param sort the sort name as asked ({@code -reported})
 * @param key the sort key without its sign ({@code reported})
 * @param descending whether the order is descending
 * @param afterKey the key of the last row of the previous page as text, {@code null} on the first page
 * @param afterId the id of the last row of the previous page, {@code null} on the first page
 * @param limit the page size
 * @param fingerprint the sort and filters this paging runs over, carried in the cursor
 */
public record CursorRequest(String sort, String key, boolean descending, String afterKey, Long afterId, int limit,
		String fingerprint) {

	/** Whether this is the first page. */
	public boolean first() {
		return afterId == null;
	}

	/** How many rows to fetch: one more than the page, to know whether another page follows. */
	public int fetchSize() {
		return limit + 1;
	}

	/** The previous page's last key as an instant. */
	public Instant afterInstant() {
		return afterKey == null || afterKey.isEmpty() ? null : Instant.parse(afterKey);
	}

	/** The previous page's last key as a number. */
	public Long afterLong() {
		return afterKey == null || afterKey.isEmpty() ? null : Long.valueOf(afterKey);
	}
}
