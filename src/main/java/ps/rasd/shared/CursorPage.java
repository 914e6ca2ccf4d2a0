package ps.rasd.shared;

import java.util.List;

/**
 * One page of a list with keyset paging, as the JSON API returns it. The API adds a
 * {@code Link: <...>; rel="next"} header when a next page exists.
 *
 * @param items the records of this page
 * @param limit the page size asked for
 * @param sort the order of the list
 * @param next the opaque cursor of the next page, {@code null} on the last page
 * @param nextLink the address of the next page, {@code null} on the last page
 */
public record CursorPage<T>(List<T> items, int limit, String sort, String next, String nextLink) {

	/** The same page with the address of the next one. */
	public CursorPage<T> withNextLink(String link) {
		return new CursorPage<>(items, limit, sort, next, link);
	}
}
