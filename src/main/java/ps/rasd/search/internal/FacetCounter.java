package ps.rasd.search.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Counts the documents a query matches and the values of some facets over them, from their doc values. */
final class FacetCounter extends SimpleCollector {

	private final List<String> facets;

	private final Map<String, Map<String, Integer>> counts = new HashMap<>();

	private SortedSetDocValues[] values;

	/** The same values where a facet has one value a document in this segment (all of them, as indexed): cheaper. */
	private SortedDocValues[] single;

	private int[][] leafCounts;

	private long total;

	FacetCounter(List<String> facets) {
		this.facets = facets;
		facets.forEach(f -> counts.put(f, new HashMap<>()));
	}

	@Override
	protected void doSetNextReader(LeafReaderContext context) throws IOException {
		flush();
		values = new SortedSetDocValues[facets.size()];
		single = new SortedDocValues[facets.size()];
		leafCounts = new int[facets.size()][];
		for (int i = 0; i < facets.size(); i++) {
			values[i] = DocValues.getSortedSet(context.reader(), DocumentMapper.facetField(facets.get(i)));
			single[i] = DocValues.unwrapSingleton(values[i]);
			leafCounts[i] = new int[(int) values[i].getValueCount()];
		}
	}

	@Override
	public void collect(int doc) throws IOException {
		total++;
		for (int i = 0; i < values.length; i++) {
			SortedDocValues one = single[i];
			if (one != null) {
				if (one.advanceExact(doc)) {
					leafCounts[i][one.ordValue()]++;
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
		if (values == null) {
			return;
		}
		for (int i = 0; i < values.length; i++) {
			Map<String, Integer> facet = counts.get(facets.get(i));
			for (int ord = 0; ord < leafCounts[i].length; ord++) {
				if (leafCounts[i][ord] > 0) {
					facet.merge(values[i].lookupOrd(ord).utf8ToString(), leafCounts[i][ord], Integer::sum);
				}
			}
		}
		values = null;
	}
}
