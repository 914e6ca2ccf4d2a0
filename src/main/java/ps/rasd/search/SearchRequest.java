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
 * @param hitsOnly only the best hits, for a caller that reads the records itself (the evidence base's citation
 *        search): no snippets ({@link SearchHit#snippet()} empty), no facets, and the total only as far as the page
 *        (at least the hits given; the search stops counting there, which makes it several times cheaper)
 */
public record SearchRequest(String query, Map<String, List<String>> filters, int page, int size, boolean hitsOnly) {

	/** The facets a search can be filtered by, in the order pages show them. */
	public static final List<String> FACETS = List.of("type", "governorate", "sector", "status", "year");

	public SearchRequest {
		filters = filters == null ? Map.of() : Map.copyOf(filters);
	}

	/** A search with its snippets, facets and exact total. */
	public SearchRequest(String query, Map<String, List<String>> filters, int page, int size) {
		this(query, filters, page, size, false);
	}

	/** The best {@code size} hits of a query, without snippets, facets or an exact total. */
	public static SearchRequest hitsOnly(String query, int size) {
		return new SearchRequest(query, Map.of(), 0, size, true);
	}
}
