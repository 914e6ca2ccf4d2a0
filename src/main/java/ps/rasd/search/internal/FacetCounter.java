package ps.rasd.search.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the documents a query matches and the values of some facets over them: from each segment's ordinals kept in
 * memory ({@link FacetOrdinals}), or from the doc values for a facet with several values a document.
 */
final class FacetCounter extends SimpleCollector {

	private final List<String> facets;

	private final Map<String, Map<String, Integer>> counts = new HashMap<>();

	/** Each facet's place in {@link DocumentMapper#FACETS}, where its ordinal is in {@link #ordinals}. */
	private final int[] places;

	private final int width = DocumentMapper.FACETS.size();

	/** The facets' ordinals by document in this segment ({@link FacetOrdinals.Segment#ordinals()}). */
	private short[] ordinals;

	/** Each facet's values by ordinal in this segment; {@code null} for one read from its doc values. */
	private String[][] names;

	private SortedSetDocValues[] values;

	private int[][] leafCounts;

	private long total;

	FacetCounter(List<String> facets) {
		this.facets = facets;
		this.places = facets.stream().mapToInt(DocumentMapper.FACETS::indexOf).toArray();
		facets.forEach(f -> counts.put(f, new HashMap<>()));
	}

	@Override
	protected void doSetNextReader(LeafReaderContext context) throws IOException {
		flush();
		FacetOrdinals.Segment segment = FacetOrdinals.of(context.reader());
		ordinals = segment.ordinals();
		names = new String[facets.size()][];
		values = new SortedSetDocValues[facets.size()];
		leafCounts = new int[facets.size()][];
		for (int i = 0; i < facets.size(); i++) {
			if (segment.kept(places[i])) {
				names[i] = segment.values()[places[i]];
				leafCounts[i] = new int[names[i].length];
			}
			else {
				values[i] = DocValues.getSortedSet(context.reader(), DocumentMapper.facetField(facets.get(i)));
				leafCounts[i] = new int[(int) values[i].getValueCount()];
			}
		}
	}

	@Override
	public void collect(int doc) throws IOException {
		total++;
		int row = doc * width;
		for (int i = 0; i < leafCounts.length; i++) {
			if (names[i] != null) {
				int ord = ordinals[row + places[i]];
				if (ord >= 0) {
					leafCounts[i][ord]++;
				}
			}
			else if (values[i].advanceExact(doc)) {
				for (int k = 0; k < values[i].docValueCount(); k++) {
					leafCounts[i][(int) values[i].nextOrd()]++;
				}
			}
		}
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE_NO_SCORES;
	}

	/** How many documents matched, once the search is over. */
	long total() {
		return total;
	}

	/** The counts of each facet by value, once the search is over. */
	Map<String, Map<String, Integer>> counts() throws IOException {
		flush();
		return counts;
	}

	private void flush() throws IOException {
		if (leafCounts == null) {
			return;
		}
		for (int i = 0; i < leafCounts.length; i++) {
			Map<String, Integer> facet = counts.get(facets.get(i));
			for (int ord = 0; ord < leafCounts[i].length; ord++) {
				if (leafCounts[i][ord] > 0) {
					String value = names[i] != null ? names[i][ord] : values[i].lookupOrd(ord).utf8ToString();
					facet.merge(value, leafCounts[i][ord], Integer::sum);
				}
			}
		}
		leafCounts = null;
	}
}
