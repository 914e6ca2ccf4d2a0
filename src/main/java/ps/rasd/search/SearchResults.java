package ps.rasd.search;

import java.util.List;

import ps.rasd.shared.PageResult;

/**
 * What a search found.
 *
 * @param query the query searched (cut to the longest allowed)
 * @param hits one page of results, best first
 * @param facets the facets with their counts
 */
public record SearchResults(String query, PageResult<SearchHit> hits, List<Facet> facets) {
}
