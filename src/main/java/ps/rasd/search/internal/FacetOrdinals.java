package ps.rasd.search.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The value of each facet for each document of a segment, read once from the doc values into an array and kept while
 * the segment lives: counting the facets of tens of thousands of matches is then an array read a document and facet,
 * not a doc-values lookup (which decodes packed blocks) for each. Segments never change, so an entry never goes
 * stale; it is dropped when its segment is closed (merged away). About 2 bytes a document and facet (10 MB for a
 * million documents and five facets). A facet with several values in one document, or with more values than a
 * {@code short} holds, is left to the doc values ({@code null}).
 */
final class FacetOrdinals {

	private static final Map<IndexReader.CacheKey, Map<String, Leaf>> CACHE = new ConcurrentHashMap<>();

	private FacetOrdinals() {
	}

	/**
	 * One facet in one segment: the value's ordinal by document ({@code -1}: none) and the values by ordinal.
	 */
	record Leaf(short[] ordinals, String[] values) {
	}

	/** The facet's ordinals in this segment, or {@code null} when it has several values a document somewhere. */
	static Leaf of(LeafReader reader, String field) throws IOException {
		IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
		if (helper == null) {
			return read(reader, field);
		}
		Map<String, Leaf> leaf = CACHE.computeIfAbsent(helper.getKey(), key -> {
			helper.addClosedListener(CACHE::remove);
			return new ConcurrentHashMap<>();
		});
		Leaf found = leaf.get(field);
		if (found == null) {
			Leaf read = read(reader, field);
			found = read == null ? NONE : read;
			leaf.put(field, found);
		}
		return found == NONE ? null : found;
	}

	private static final Leaf NONE = new Leaf(new short[0], new String[0]);

	/** Whether values are kept for the segment of this key (a closed segment's are dropped). */
	static boolean kept(IndexReader.CacheKey segment) {
		return CACHE.containsKey(segment);
	}

	private static Leaf read(LeafReader reader, String field) throws IOException {
		SortedSetDocValues values = DocValues.getSortedSet(reader, field);
		if (values.getValueCount() > Short.MAX_VALUE) {
			return null;
		}
		short[] ordinals = new short[reader.maxDoc()];
		Arrays.fill(ordinals, (short) -1);
		for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
			if (values.docValueCount() > 1) {
				return null;
			}
			ordinals[doc] = (short) values.nextOrd();
		}
		String[] names = new String[(int) values.getValueCount()];
		for (int ord = 0; ord < names.length; ord++) {
			names[ord] = values.lookupOrd(ord).utf8ToString();
		}
		return new Leaf(ordinals, names);
	}
}
