package ps.rasd.search.internal;

import java.io.IOException;
import java.text.BreakIterator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.springframework.stereotype.Component;

import ps.rasd.shared.access.Reader;

/**
 * Runs a search on the index: the words, what the person may see, the facets chosen; counts every facet as if its
 * own choice were not made (so that other values stay offered); cuts snippets with the words found marked.
 */
@Component
public class SearchEngine {

	private static final String MARK = "<mark>";

	private final SearchIndex index;

	private final QueryParser parser = new QueryParser();

	private final org.apache.lucene.analysis.Analyzer analyzer = Analyzers.perField();

	SearchEngine(SearchIndex index) {
		this.index = index;
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
	 */
	public Found search(String text, Map<String, List<String>> filters, int offset, int size, Reader reader,
			Instant now) {
		Visibility visibility = new Visibility(reader, now);
		Query staff = visibility.fullFilter();
		BooleanQuery.Builder visible = new BooleanQuery.Builder()
			.add(both(parser.parse(text, false), visibility.copyFilter()), Occur.SHOULD);
		if (staff != null) {
			visible.add(both(parser.parse(text, true), staff), Occur.SHOULD);
		}
		Query matching = visible.build();
		return index.search(searcher -> {
			Query all = filtered(matching, filters, null);
			// one pass over the matches gives the best page, the exact total and the counts of the facets not chosen
			// (a chosen facet is counted as if its choice were not made: a pass of its own)
			List<String> unchosen = DocumentMapper.FACETS.stream()
				.filter(f -> filters.getOrDefault(f, List.of()).isEmpty())
				.toList();
			TopScoreDocCollector best = new TopScoreDocCollectorManager(Math.max(offset + size, 1), Integer.MAX_VALUE)
				.newCollector();
			FacetCounter counter = new FacetCounter(unchosen);
			collect(searcher, all, MultiCollector.wrap(best, counter));
			TopDocs top = best.topDocs();
			ScoreDoc[] page = top.scoreDocs.length > offset
					? Arrays.copyOfRange(top.scoreDocs, offset, Math.min(top.scoreDocs.length, offset + size))
					: new ScoreDoc[0];
			List<Hit> hits = hits(searcher, all, page, visibility);
			Map<String, Map<String, Integer>> facets = new HashMap<>(counter.counts());
			for (String facet : DocumentMapper.FACETS) {
				if (!unchosen.contains(facet)) {
					facets.putAll(count(searcher, filtered(matching, filters, facet), List.of(facet)));
				}
			}
			return new Found(top.totalHits.value, hits, facets);
		});
	}

	@SuppressWarnings("deprecation")
	private static void collect(IndexSearcher searcher, Query query, Collector collector) throws IOException {
		searcher.search(query, collector);
	}

	private static Query both(Query words, Query filter) {
		return new BooleanQuery.Builder().add(words, Occur.MUST).add(filter, Occur.FILTER).build();
	}

	private static Query filtered(Query matching, Map<String, List<String>> filters, String except) {
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(matching, Occur.MUST);
		filters.forEach((facet, values) -> {
			if (!facet.equals(except) && !values.isEmpty()) {
				BooleanQuery.Builder any = new BooleanQuery.Builder();
				values.forEach(v -> any.add(new TermQuery(new Term(DocumentMapper.facetField(facet), v)), Occur.SHOULD));
				query.add(any.build(), Occur.FILTER);
			}
		});
		return query.build();
	}

	@SuppressWarnings("deprecation")
	private static Map<String, Map<String, Integer>> count(IndexSearcher searcher, Query query, List<String> facets)
			throws IOException {
		FacetCounter counter = new FacetCounter(facets);
		searcher.search(query, counter);
		return counter.counts();
	}

	private List<Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page, Visibility visibility)
			throws IOException {
		if (page.length == 0) {
			return List.of();
		}
		UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
			.withFormatter(new DefaultPassageFormatter(MARK, "</mark>", "… ", true))
			.withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
					BreakIterator.getWordInstance(Locale.ROOT), 160, 0.5f))
			.build();
		TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
		Map<String, String[]> snippets = highlighter.highlightFields(
				new String[] { Analyzers.ARABIC, Analyzers.INTERNAL }, query, pageDocs, new int[] { 1, 1 });
		List<Hit> hits = new ArrayList<>();
		for (int i = 0; i < page.length; i++) {
			Document doc = searcher.storedFields().document(page[i].doc);
			boolean staff = visibility.readsInFull(doc);
			String snippet = snippets.get(Analyzers.ARABIC)[i];
			String internal = snippets.get(Analyzers.INTERNAL)[i];
			if ((snippet == null || !snippet.contains(MARK)) && staff && internal != null && internal.contains(MARK)) {
				snippet = internal;
			}
			String url = staff && doc.get(DocumentMapper.STAFF_URL) != null ? doc.get(DocumentMapper.STAFF_URL)
					: doc.get(DocumentMapper.URL);
			hits.add(new Hit(doc.get(DocumentMapper.facetField("type")), doc.get(DocumentMapper.KEY),
					doc.get(DocumentMapper.REFERENCE), doc.get(DocumentMapper.TITLE_AR), doc.get(DocumentMapper.TITLE_EN),
					snippet == null ? "" : snippet, url));
		}
		return hits;
	}
}
