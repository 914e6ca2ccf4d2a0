package ps.rasd.search.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * The total and facet counts of recent searches, kept by index segment, as a search server's request cache keeps the
 * counts of a shard until it changes: counting tens of thousands of matches was the most costly part of a search at
 * a million records, and the same words are searched again and again. A segment never changes while it lives (a
 * deletion in it makes a new reader of it, under a new key), so a segment's counts for a query are exact as long as
 * they are kept; when the index takes new records only their new segment is counted, the rest comes from here. The
 * key is the query <em>as rewritten</em> for the index (a fuzzy word expanded to its terms), so a query whose
 * expansion changed is counted again. At most {@code capacity} segment counts are kept, the least recently used
 * dropped first; {@code capacity} 0 keeps none (every search counts every segment).
 */
final class SegmentCounts {

	/** What one segment gave: its matches and their facet values. */
	record Counts(long total, Map<String, Map<String, Integer>> facets) {
	}

	private record Key(Query query, List<String> facets, IndexReader.CacheKey segment) {
	}

	private final int capacity;

	private final Map<Key, Counts> kept;

	SegmentCounts(int capacity) {
		this.capacity = capacity;
		this.kept = new LinkedHashMap<>(Math.min(capacity, 4096), 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, Counts> eldest) {
				return size() > SegmentCounts.this.capacity;
			}
		};
	}

	/**
	 * The matches of a rewritten query ({@link IndexSearcher#rewrite}) on this searcher and the values of these facets
	 * over them: the segments counted before taken from memory, the others counted now in one pass without scores.
	 */
	Counts count(IndexSearcher searcher, Query rewritten, List<String> facets) throws IOException {
		long total = 0;
		Map<String, Map<String, Integer>> merged = new HashMap<>();
		facets.forEach(f -> merged.put(f, new HashMap<>()));
		Weight weight = null;
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
			Key key = helper == null || capacity == 0 ? null : new Key(rewritten, facets, helper.getKey());
			Counts counts = key == null ? null : get(key);
			if (counts == null) {
				if (weight == null) {
					weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
				}
				counts = count(weight, leaf, facets);
				if (key != null) {
					put(key, counts);
				}
			}
			total += counts.total();
			counts.facets().forEach((facet, values) -> {
				Map<String, Integer> into = merged.get(facet);
				values.forEach((value, n) -> into.merge(value, n, Integer::sum));
			});
		}
		return new Counts(total, merged);
	}

	/** How many segment counts are kept (tests). */
	synchronized int size() {
		return kept.size();
	}

	private static Counts count(Weight weight, LeafReaderContext leaf, List<String> facets) throws IOException {
		FacetCounter counter = new FacetCounter(facets);
		BulkScorer scorer = weight.bulkScorer(leaf);
		if (scorer != null) {
			LeafCollector collector = counter.getLeafCollector(leaf);
			scorer.score(collector, leaf.reader().getLiveDocs(), 0, DocIdSetIterator.NO_MORE_DOCS);
			collector.finish();
		}
		return new Counts(counter.total(), counter.counts());
	}

	private synchronized Counts get(Key key) {
		return kept.get(key);
	}

	private synchronized void put(Key key, Counts counts) {
		kept.put(key, counts);
	}
}
