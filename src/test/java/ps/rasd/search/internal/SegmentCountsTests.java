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
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The totals and facet counts kept by segment: a search repeated on an index that took new records, lost some, or
 * changed its expansions of a fuzzy word gives the counts a full count gives, counting again only what changed.
 */
class SegmentCountsTests {

	private static final List<String> FACETS = List.of("governorate");

	private static Document doc(String id, String word, String governorate) {
		Document doc = new Document();
		doc.add(new StringField("id", id, Field.Store.NO));
		doc.add(new StringField("w", word, Field.Store.NO));
		doc.add(new SortedSetDocValuesField(DocumentMapper.facetField("governorate"), new BytesRef(governorate)));
		return doc;
	}

	private static SegmentCounts.Counts count(SegmentCounts counts, DirectoryReader reader, Query query)
			throws IOException {
		IndexSearcher searcher = new IndexSearcher(reader);
		return counts.count(searcher, searcher.rewrite(query), FACETS);
	}

	@Test
	void aRepeatedSearchGivesTheCountsOfAFullCountAsTheIndexChanges() throws IOException {
		SegmentCounts kept = new SegmentCounts(100);
		SegmentCounts none = new SegmentCounts(0);
		Query water = new TermQuery(new Term("w", "water"));
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
			writer.addDocument(doc("1", "water", "50"));
			writer.addDocument(doc("2", "water", "45"));
			writer.addDocument(doc("3", "power", "45"));
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				for (int round = 0; round < 2; round++) {
					SegmentCounts.Counts counts = count(kept, reader, water);
					assertThat(counts.total()).isEqualTo(2);
					assertThat(counts.facets()).isEqualTo(Map.of("governorate", Map.of("50", 1, "45", 1)));
				}
				assertThat(kept.size()).isEqualTo(1);
			}
			// a new record (a new segment) and one deleted from the first segment
			writer.addDocument(doc("4", "water", "30"));
			writer.deleteDocuments(new Term("id", "2"));
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				SegmentCounts.Counts counts = count(kept, reader, water);
				assertThat(counts).isEqualTo(count(none, reader, water));
				assertThat(counts.total()).isEqualTo(2);
				assertThat(counts.facets()).isEqualTo(Map.of("governorate", Map.of("50", 1, "30", 1)));
			}
			// a record that a fuzzy word now also matches: the word's expansion changed, so it is counted anew
			Query fuzzy = new FuzzyQuery(new Term("w", "water"), 1, 0, 50, true);
			int before;
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				before = (int) count(kept, reader, fuzzy).total();
			}
			writer.addDocument(doc("5", "wafer", "50"));
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				SegmentCounts.Counts counts = count(kept, reader, fuzzy);
				assertThat(counts).isEqualTo(count(none, reader, fuzzy));
				assertThat(counts.total()).isEqualTo(before + 1);
			}
			assertThat(none.size()).isZero();
		}
	}
}
