package ps.rasd.search;

import java.util.List;
import java.util.Map;

/**
 * A search as asked.
 *
 * @param query what was typed
 * @param filters chosen facet values by facet ({@code type}, {@code governorate}, {@code sector}, {@code status},
 *        {@code year}); several values of one facet mean any of them
 * @param page the zero-based page
 * @param size results per page; 0 for the default
 */
public record SearchRequest(String query, Map<String, List<String>> filters, int page, int size) {

	/** The facets a search can be filtered by, in the order pages show them. */
	public static final List<String> FACETS = List.of("type", "governorate", "sector", "status", "year");

	public SearchRequest {
		filters = filters == null ? Map.of() : Map.copyOf(filters);
	}
}
