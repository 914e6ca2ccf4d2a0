package ps.rasd.search.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.springframework.stereotype.Component;

import ps.rasd.shared.access.Reader;

/**
 * Runs a search: the words, what the person may see, the facets chosen, as one query that the index (Lucene or
 * OpenSearch, see {@link SearchBackend}) answers with a page of hits, the total, the facet counts and snippets.
 */
@Component
public class SearchEngine {

	private final SearchBackend backend;

	private final QueryParser parser = new QueryParser();

	SearchEngine(SearchBackend backend) {
		this.backend = backend;
	}

	/** One result as stored. */
	public record Hit(String type, String key, String reference, String titleAr, String titleEn, String snippet,
			String url) {
	}

	/** What a search found: the total, one page of hits, the facet counts. */
	public record Found(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {
	}

	/** Whether the text has a word the index can search. */
	public boolean searchable(String text) {
		return parser.searchable(text);
	}

	/**
	 * Searches as this reader at this instant (the read rule decides what they find, and whether in full).
	 * @param offset the first result wanted
	 * @param size how many results
	 * @param hitsOnly only the best hits: no snippets, no facets, the total counted only as far as the page
	 */
	public Found search(String text, Map<String, List<String>> filters, int offset, int size, boolean hitsOnly,
			Reader reader, Instant now) {
		Visibility visibility = new Visibility(reader, now);
		Query staff = visibility.fullFilter();
		BooleanQuery.Builder visible = new BooleanQuery.Builder()
			.add(both(parser.parse(text, false), visibility.copyFilter()), Occur.SHOULD);
		if (staff != null) {
			visible.add(both(parser.parse(text, true), staff), Occur.SHOULD);
		}
		return backend.find(visible.build(), filters, offset, size, visibility, hitsOnly);
	}

	private static Query both(Query words, Query filter) {
		return new BooleanQuery.Builder().add(words, Occur.MUST).add(filter, Occur.FILTER).build();
	}
}
