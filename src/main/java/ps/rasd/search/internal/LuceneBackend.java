package ps.rasd.search.internal;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import ps.rasd.search.internal.SearchEngine.Found;
import ps.rasd.search.internal.SearchEngine.Hit;
import ps.rasd.shared.spi.SearchDocument;

/** The embedded Lucene index of this node ({@link SearchIndex}): the default, for one node. */
final class LuceneBackend implements SearchBackend {

	static final String MARK = "<mark>";

	/** The stored fields a hit needs: what it shows, and the facts its read rule tests ({@link LuceneScope#facts}). */
	private static final Set<String> HIT_FIELDS = Set.of(DocumentMapper.facetField("type"), DocumentMapper.KEY,
			DocumentMapper.REFERENCE, DocumentMapper.TITLE_AR, DocumentMapper.TITLE_EN, DocumentMapper.URL,
			DocumentMapper.STAFF_URL, DocumentMapper.EMBARGO, DocumentMapper.OWNER, DocumentMapper.ORGANISATION,
			DocumentMapper.ASSIGNEE, DocumentMapper.TIER, DocumentMapper.facetField("governorate"));

	private static final Set<String> HIT_AND_PUBLIC_TEXT = with(HIT_FIELDS, Analyzers.ARABIC);

	private static final Set<String> HIT_AND_TEXTS = with(HIT_FIELDS, Analyzers.ARABIC, Analyzers.INTERNAL);

	private final SearchIndex index;

	/** The most rewritten queries kept for one view of the index. */
	private static final int MAX_REWRITES = 512;

	private final Analyzer analyzer = Analyzers.perField();

	private final SegmentCounts counts;

	private volatile Rewrites rewrites = new Rewrites(null, Map.of());

	/**
	 * @param countCache how many counts of a query on a segment are kept ({@link SegmentCounts}); 0: none
	 */
	LuceneBackend(SearchIndex index, int countCache) {
		this.index = index;
		this.counts = new SegmentCounts(countCache);
	}

	@Override
	public void apply(Collection<SearchDocument> upserts, Collection<String> deletes) {
		index.apply(upserts.stream().map(DocumentMapper::toLucene).toList(),
				deletes.stream().map(id -> new Term(DocumentMapper.ID, id)).toList());
	}

	@Override
	public int rebuild(Consumer<Consumer<SearchDocument>> feeder) {
		return index.rebuild(sink -> feeder.accept(doc -> sink.accept(DocumentMapper.toLucene(doc))));
	}

	@Override
	public boolean complete() {
		return index.complete();
	}

	@Override
	public int size() {
		return index.size();
	}

	@Override
	public String problem() {
		return index.problem();
	}

	@Override
	public boolean shared() {
		return false;
	}

	@Override
	public Found find(Query matching, Map<String, List<String>> filters, int offset, int size, Visibility visibility,
			boolean hitsOnly) {
		return index.search(searcher -> {
			// rewritten once: a fuzzy word is expanded to its terms for the search and the snippets alike (given the
			// fuzzy query itself, the highlighter ran its automaton over every term of the field for each hit); and
			// the same query on the same view of the index is not rewritten again
			Query all = rewrite(searcher, filtered(matching, filters, null));
			// the best page by score, counting no further than it: the search skips the blocks of documents that
			// cannot score high enough to enter it (block-max WAND), so it scores a fraction of the matches
			int wanted = Math.max(offset + size, 1);
			TopDocs top = searcher.search(all, new TopScoreDocCollectorManager(wanted, wanted));
			ScoreDoc[] page = top.scoreDocs.length > offset
					? Arrays.copyOfRange(top.scoreDocs, offset, Math.min(top.scoreDocs.length, offset + size))
					: new ScoreDoc[0];
			if (hitsOnly) {
				return new Found(top.totalHits.value, hits(searcher, all, page, visibility, false), Map.of());
			}
			// the exact total and the counts of the facets not chosen: one pass without scores (the clauses that
			// only add to a score are not evaluated), or the counts kept for the segments already counted for this
			// query; a chosen facet is counted as if its choice were not made, a pass of its own
			List<String> unchosen = DocumentMapper.FACETS.stream()
				.filter(f -> filters.getOrDefault(f, List.of()).isEmpty())
				.toList();
			SegmentCounts.Counts counted = counts.count(searcher, all, unchosen);
			List<Hit> hits = hits(searcher, all, page, visibility, true);
			Map<String, Map<String, Integer>> facets = new HashMap<>(counted.facets());
			for (String facet : DocumentMapper.FACETS) {
				if (!unchosen.contains(facet)) {
					Query without = rewrite(searcher, filtered(matching, filters, facet));
					facets.putAll(counts.count(searcher, without, List.of(facet)).facets());
				}
			}
			return new Found(counted.total(), hits, facets);
		});
	}

	/**
	 * The query rewritten for this view of the index (every fuzzy word expanded to the terms it matches there), kept
	 * until the view changes: the expansions were a tenth of a search's time, and the same words come again.
	 */
	private Query rewrite(IndexSearcher searcher, Query query) throws IOException {
		IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
		if (helper == null) {
			return searcher.rewrite(query);
		}
		Rewrites current = rewrites;
		if (current.view() != helper.getKey()) {
			current = new Rewrites(helper.getKey(), new ConcurrentHashMap<>());
			rewrites = current;
		}
		Query rewritten = current.queries().get(query);
		if (rewritten == null) {
			rewritten = searcher.rewrite(query);
			if (current.queries().size() < MAX_REWRITES) {
				current.queries().put(query, rewritten);
			}
		}
		return rewritten;
	}

	/** The queries rewritten for one view of the index. */
	private record Rewrites(IndexReader.CacheKey view, Map<Query, Query> queries) {
	}

	/** The matching query with the facets chosen, all but one ({@code except}, may be {@code null}). */
	static Query filtered(Query matching, Map<String, List<String>> filters, String except) {
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(matching, Occur.MUST);
		Query chosen = facetFilter(filters, except);
		if (chosen != null) {
			query.add(chosen, Occur.FILTER);
		}
		return query.build();
	}

	/** The facets chosen, all but one, as one filter; {@code null} when none. */
	static Query facetFilter(Map<String, List<String>> filters, String except) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		filters.forEach((facet, values) -> {
			if (!facet.equals(except) && !values.isEmpty()) {
				BooleanQuery.Builder any = new BooleanQuery.Builder();
				values.forEach(v -> any.add(new TermQuery(new Term(DocumentMapper.facetField(facet), v)), Occur.SHOULD));
				query.add(any.build(), Occur.FILTER);
			}
		});
		BooleanQuery built = query.build();
		return built.clauses().isEmpty() ? null : built;
	}

	/** The hits of the page, with their snippets or ({@code snippets} false) with none. */
	private List<Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page, Visibility visibility,
			boolean snippets) throws IOException {
		if (page.length == 0) {
			return List.of();
		}
		// the internal text is cut into a snippet only for a reader who may read some of it in full
		boolean internal = visibility.readsAnyInFull();
		// each hit's stored fields read once: what it shows, the facts its read rule tests, and the texts its
		// snippets are cut from (the highlighter had read the texts again, a second decompression a hit)
		StoredFields stored = searcher.storedFields();
		Set<String> fields = !snippets ? HIT_FIELDS : internal ? HIT_AND_TEXTS : HIT_AND_PUBLIC_TEXT;
		Document[] docs = new Document[page.length];
		for (int i = 0; i < page.length; i++) {
			docs[i] = stored.document(page[i].doc, fields);
		}
		Map<String, String[]> passages = snippets ? snippets(searcher, query, page, docs, internal) : null;
		List<Hit> hits = new ArrayList<>();
		for (int i = 0; i < page.length; i++) {
			Document doc = docs[i];
			boolean staff = visibility.readsInFull(LuceneScope.facts(doc));
			String url = staff && doc.get(DocumentMapper.STAFF_URL) != null ? doc.get(DocumentMapper.STAFF_URL)
					: doc.get(DocumentMapper.URL);
			String snippet = passages == null ? ""
					: snippet(passages.get(Analyzers.ARABIC)[i], internal ? passages.get(Analyzers.INTERNAL)[i] : null,
							staff);
			hits.add(new Hit(doc.get(DocumentMapper.facetField("type")), doc.get(DocumentMapper.KEY),
					doc.get(DocumentMapper.REFERENCE), doc.get(DocumentMapper.TITLE_AR), doc.get(DocumentMapper.TITLE_EN),
					snippet, url));
		}
		return hits;
	}

	/** The best passage of each hit's public text and, for a reader of some internal text, of its internal text. */
	private Map<String, String[]> snippets(IndexSearcher searcher, Query query, ScoreDoc[] page, Document[] docs,
			boolean internal) throws IOException {
		Map<Integer, Document> byDoc = new HashMap<>();
		for (int i = 0; i < page.length; i++) {
			byDoc.put(page[i].doc, docs[i]);
		}
		// the words' terms looked up in each hit's offsets, not the query's matches asked of every clause: those built
		// the whole query's weight again for each hit and field (every fuzzy expansion and filter looked up anew),
		// and the texts have no phrase to match as one
		UnifiedHighlighter highlighter = new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
			.withWeightMatches(false)
			.withFormatter(new DefaultPassageFormatter(MARK, "</mark>", "… ", true))
			.withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
					BreakIterator.getWordInstance(Locale.ROOT), 160, 0.5f))) {

			/**
			 * Offsets from the postings for the two texts, which {@link DocumentMapper} indexes with them: asked of the
			 * index, the highlighter merged the field infos of every segment on each search.
			 */
			@Override
			protected OffsetSource getOffsetSource(String field) {
				return field.equals(Analyzers.ARABIC) || field.equals(Analyzers.INTERNAL) ? OffsetSource.POSTINGS
						: super.getOffsetSource(field);
			}

			/** The texts from the hits' stored fields read above, cut to the longest highlighted as before. */
			@Override
			protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
					int cacheCharsThreshold) throws IOException {
				List<CharSequence[]> values = new ArrayList<>();
				for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
					Document found = byDoc.get(doc);
					CharSequence[] row = new CharSequence[fields.length];
					for (int f = 0; f < fields.length; f++) {
						String text = found.get(fields[f]);
						row[f] = text == null ? "" : text.length() > getMaxLength() ? text.substring(0, getMaxLength())
								: text;
					}
					values.add(row);
				}
				return values;
			}
		};
		TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
		return highlighter.highlightFields(
				internal ? new String[] { Analyzers.ARABIC, Analyzers.INTERNAL } : new String[] { Analyzers.ARABIC },
				query, pageDocs, internal ? new int[] { 1, 1 } : new int[] { 1 });
	}

	private static Set<String> with(Set<String> fields, String... more) {
		Set<String> all = new java.util.HashSet<>(fields);
		all.addAll(List.of(more));
		return Set.copyOf(all);
	}

	/** The public snippet, or the internal one when only it has the words and the reader reads it. */
	static String snippet(String text, String internal, boolean staff) {
		if ((text == null || !text.contains(MARK)) && staff && internal != null && internal.contains(MARK)) {
			return internal;
		}
		return text == null ? "" : text;
	}
}
