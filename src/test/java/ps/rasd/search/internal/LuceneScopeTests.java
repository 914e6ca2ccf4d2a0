package ps.rasd.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.Tier;
import ps.rasd.shared.access.AccessFacts;
import ps.rasd.shared.access.ReadRule;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.access.Scope;
import ps.rasd.shared.spi.SearchDocument;

/**
 * The read rules rendered to the search index find exactly the documents their in-memory test accepts, and the facts
 * read back from a stored document are the facts it was indexed with, for every reader over every combination of
 * governorate, tier, embargo day, maker, assignment and organisation.
 */
class LuceneScopeTests {

	static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

	static final List<AccessFacts> RECORDS = new ArrayList<>();

	static ByteBuffersDirectory directory;

	static DirectoryReader index;

	@BeforeAll
	static void index() throws IOException {
		directory = new ByteBuffersDirectory();
		LocalDate today = LocalDate.ofInstant(NOW, AccessFacts.ZONE);
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			int id = 0;
			for (String governorate : new String[] { "50", "55", null }) {
				for (Tier tier : Tier.values()) {
					for (LocalDate day : new LocalDate[] { null, today.minusDays(1), today, today.plusDays(1) }) {
						for (Long owner : new Long[] { 7L, 99L, null }) {
							for (Set<Long> assigned : List.of(Set.of(7L), Set.of(8L, 9L), Set.<Long>of())) {
								for (Long org : new Long[] { null, 3L, 4L }) {
									writer.addDocument(DocumentMapper.toLucene(new SearchDocument("case",
											String.valueOf(id), "R-" + id, new LocalizedText("عنوان", null), List.of(),
											"نص", null, governorate, null, null, null, tier, day, owner, "/x", null,
											assigned, org)));
									RECORDS.add(new AccessFacts(governorate, tier, AccessFacts.startOf(day), owner,
											assigned, org));
									id++;
								}
							}
						}
					}
				}
			}
		}
		index = DirectoryReader.open(directory);
	}

	@AfterAll
	static void close() throws IOException {
		index.close();
		directory.close();
	}

	@Test
	void theIndexFindsWhatTheRuleAcceptsInMemory() throws IOException {
		Map<String, ReadRule> rules = Map.of("casework", ReadRules.CASEWORK, "documentation", ReadRules.DOCUMENTATION,
				"people", ReadRules.PEOPLE);
		List<Reader> readers = List.of(Reader.PUBLIC, Reader.of(7, Set.of("50"), Role.MONITOR),
				Reader.of(7, Set.of("50", "55"), Role.COORDINATOR), Reader.of(7, Set.of("55"), Role.COORDINATOR),
				Reader.of(7, Set.of(), Role.ANALYST), Reader.of(7, Set.of(), Role.PARTNER),
				new Reader(Set.of(Role.PARTNER), Set.of(), 7, 3L), Reader.of(7, Set.of("50"), Role.DOCUMENTER),
				Reader.of(7, Set.of(), Role.ADMIN), new Reader(Set.of(Role.MONITOR, Role.COORDINATOR), Set.of("55"), 7,
						null));
		IndexSearcher searcher = new IndexSearcher(index);
		int compared = 0;
		for (var rule : rules.entrySet()) {
			for (Reader reader : readers) {
				for (Scope scope : List.of(rule.getValue().full(reader, NOW), rule.getValue().copy(reader, NOW),
						rule.getValue().any(reader, NOW))) {
					Set<Integer> found = new TreeSet<>();
					for (ScoreDoc hit : searcher.search(LuceneScope.where(scope), RECORDS.size()).scoreDocs) {
						found.add(Integer.valueOf(searcher.storedFields().document(hit.doc).get(DocumentMapper.KEY)));
					}
					assertThat(found).as("%s %s %s", rule.getKey(), reader, scope).isEqualTo(accepted(scope));
					compared++;
				}
			}
		}
		assertThat(compared).isEqualTo(3 * 10 * 3);
	}

	@Test
	void aStoredDocumentGivesBackTheFactsItWasIndexedWith() throws IOException {
		IndexSearcher searcher = new IndexSearcher(index);
		for (int doc = 0; doc < index.maxDoc(); doc++) {
			Document stored = searcher.storedFields().document(doc);
			assertThat(LuceneScope.facts(stored))
				.isEqualTo(RECORDS.get(Integer.parseInt(stored.get(DocumentMapper.KEY))));
		}
	}

	private static Set<Integer> accepted(Scope scope) {
		Set<Integer> ids = new TreeSet<>();
		for (int id = 0; id < RECORDS.size(); id++) {
			if (scope.test(RECORDS.get(id))) {
				ids.add(id);
			}
		}
		return ids;
	}
}
