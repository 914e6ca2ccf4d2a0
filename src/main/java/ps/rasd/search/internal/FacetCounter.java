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

	/** The facets' ordinals by document in this segment; {@code null} for one read from its doc values. */
	private short[][] ordinals;

	private String[][] names;

	private SortedSetDocValues[] values;

	private int[][] leafCounts;

	private long total;

	FacetCounter(List<String> facets) {
		this.facets = facets;
		facets.forEach(f -> counts.put(f, new HashMap<>()));
	}

	@Override
	protected void doSetNextReader(LeafReaderContext context) throws IOException {
		flush();
		ordinals = new short[facets.size()][];
		names = new String[facets.size()][];
		values = new SortedSetDocValues[facets.size()];
		leafCounts = new int[facets.size()][];
		for (int i = 0; i < facets.size(); i++) {
			String field = DocumentMapper.facetField(facets.get(i));
			FacetOrdinals.Leaf leaf = FacetOrdinals.of(context.reader(), field);
			if (leaf != null) {
				ordinals[i] = leaf.ordinals();
				names[i] = leaf.values();
				leafCounts[i] = new int[names[i].length];
			}
			else {
				values[i] = DocValues.getSortedSet(context.reader(), field);
				leafCounts[i] = new int[(int) values[i].getValueCount()];
			}
		}
	}

	@Override
	public void collect(int doc) throws IOException {
		total++;
		for (int i = 0; i < leafCounts.length; i++) {
			short[] ords = ordinals[i];
			if (ords != null) {
				int ord = ords[doc];
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
