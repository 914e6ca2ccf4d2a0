package ps.rasd.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The facet counts a search shows: a facet with one value a document is counted from the values kept by segment
 * ({@link FacetOrdinals}), one with several from the doc values; both give the counts of the matches only, across
 * segments, and the values kept for a segment go with it.
 */
class FacetCounterTests {

	private static Document doc(String word, String governorate, String... sectors) {
		Document doc = new Document();
		doc.add(new StringField("w", word, Field.Store.NO));
		doc.add(new SortedSetDocValuesField(DocumentMapper.facetField("governorate"), new BytesRef(governorate)));
		for (String sector : sectors) {
			doc.add(new SortedSetDocValuesField(DocumentMapper.facetField("sector"), new BytesRef(sector)));
		}
		return doc;
	}

	@Test
	@SuppressWarnings("deprecation")
	void countsTheMatchesOfEachFacetAcrossSegmentsOneOrSeveralValuesADocument() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			writer.addDocument(doc("water", "50", "WATER"));
			writer.addDocument(doc("water", "50", "WATER", "HEALTH"));
			writer.addDocument(doc("power", "45", "ENERGY"));
			writer.commit();
			// a second segment, with a governorate the first lacks
			writer.addDocument(doc("water", "30", "WATER"));
			writer.addDocument(doc("water", "50"));
			writer.commit();
			IndexReader.CacheKey segment;
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertThat(reader.leaves()).hasSize(2);
				IndexSearcher searcher = new IndexSearcher(reader);
				for (int round = 0; round < 2; round++) {
					// the second round reads the values kept by the first
					FacetCounter counter = new FacetCounter(List.of("governorate", "sector"));
					searcher.search(new TermQuery(new Term("w", "water")), counter);
					assertThat(counter.total()).isEqualTo(4);
					assertThat(counter.counts()).isEqualTo(Map.of("governorate", Map.of("50", 3, "30", 1), "sector",
							Map.of("WATER", 3, "HEALTH", 1)));
				}
				LeafReaderContext first = reader.leaves().get(0);
				segment = first.reader().getCoreCacheHelper().getKey();
				assertThat(FacetOrdinals.kept(segment)).isTrue();
				FacetOrdinals.Segment kept = FacetOrdinals.of(first.reader());
				assertThat(kept.kept(DocumentMapper.FACETS.indexOf("governorate"))).isTrue();
				// several sectors in one document of the first segment: that facet is read from the doc values there
				assertThat(kept.kept(DocumentMapper.FACETS.indexOf("sector"))).isFalse();
				assertThat(FacetOrdinals.of(reader.leaves().get(1).reader()).kept(DocumentMapper.FACETS.indexOf("sector")))
					.isTrue();
				FacetCounter all = new FacetCounter(List.of("governorate"));
				searcher.search(new MatchAllDocsQuery(), all);
				assertThat(all.counts()).isEqualTo(Map.of("governorate", Map.of("50", 3, "45", 1, "30", 1)));
			}
			assertThat(FacetOrdinals.kept(segment)).isFalse();
		}
	}
}
