package ps.rasd.search.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The value of each facet for each document of a segment, read once from the doc values into one array and kept while
 * the segment lives: counting the facets of tens of thousands of matches is then a few reads side by side in memory a
 * document, not a doc-values lookup (which decodes packed blocks) a document and facet. Segments never change, so an
 * entry never goes stale; it is dropped when its segment is closed (merged away). 2 bytes a document and facet (10 MB
 * for a million documents and five facets). A facet with several values in one document of the segment, or with more
 * values than a {@code short} holds, is left to the doc values there.
 */
final class FacetOrdinals {

	private static final List<String> FACETS = DocumentMapper.FACETS;

	private static final Map<IndexReader.CacheKey, Segment> CACHE = new ConcurrentHashMap<>();

	private FacetOrdinals() {
	}

	/**
	 * The facets of one segment.
	 * @param ordinals the ordinal of facet {@code f} (its place in {@link DocumentMapper#FACETS}) of document {@code d}
	 *        at {@code d * FACETS.size() + f}; {@code -1}: none
	 * @param values each facet's values by ordinal; {@code null} for a facet left to the doc values
	 */
	record Segment(short[] ordinals, String[][] values) {

		/** Whether the facet at this place is kept here (not left to the doc values). */
		boolean kept(int facet) {
			return values[facet] != null;
		}
	}

	/** The facets of this segment, read on first use. */
	static Segment of(LeafReader reader) throws IOException {
		IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
		if (helper == null) {
			return read(reader);
		}
		Segment found = CACHE.get(helper.getKey());
		if (found == null) {
			found = read(reader);
			if (CACHE.putIfAbsent(helper.getKey(), found) == null) {
				helper.addClosedListener(CACHE::remove);
			}
		}
		return found;
	}

	/** Whether values are kept for the segment of this key (a closed segment's are dropped). */
	static boolean kept(IndexReader.CacheKey segment) {
		return CACHE.containsKey(segment);
	}

	private static Segment read(LeafReader reader) throws IOException {
		int width = FACETS.size();
		short[] ordinals = new short[reader.maxDoc() * width];
		Arrays.fill(ordinals, (short) -1);
		String[][] names = new String[width][];
		for (int f = 0; f < width; f++) {
			SortedSetDocValues values = DocValues.getSortedSet(reader, DocumentMapper.facetField(FACETS.get(f)));
			if (values.getValueCount() > Short.MAX_VALUE || !read(values, ordinals, f, width)) {
				continue;
			}
			names[f] = new String[(int) values.getValueCount()];
			for (int ord = 0; ord < names[f].length; ord++) {
				names[f][ord] = values.lookupOrd(ord).utf8ToString();
			}
		}
		return new Segment(ordinals, names);
	}

	/** Reads one facet's ordinals; {@code false} when a document has several values. */
	private static boolean read(SortedSetDocValues values, short[] ordinals, int facet, int width) throws IOException {
		for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
			if (values.docValueCount() > 1) {
				return false;
			}
			ordinals[doc * width + facet] = (short) values.nextOrd();
		}
		return true;
	}
}
