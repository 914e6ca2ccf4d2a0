package ps.rasd.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ps.rasd.shared.spi.SearchDocument;
import ps.rasd.shared.spi.SearchSource;

/** Writes what the sources give into the index: some records after a change, or everything in a rebuild. */
@Component
public class Indexer {

	private static final Logger log = LoggerFactory.getLogger(Indexer.class);

	private final SearchIndex index;

	private final List<SearchSource> sources;

	Indexer(SearchIndex index, List<SearchSource> sources) {
		this.index = index;
		this.sources = sources;
	}

	/** The sources, by type. */
	public List<SearchSource> sources() {
		return sources;
	}

	/**
	 * Indexes the current state of these records of one type: replaced when they have a document, removed if not.
	 * One refresh at a time, reading and writing together: two events of one record handled on two threads cannot
	 * leave the older state in the index.
	 */
	public synchronized void refresh(String type, List<String> keys) {
		Optional<SearchSource> source = sources.stream().filter(s -> s.type().equals(type)).findFirst();
		if (source.isEmpty()) {
			log.warn("No search source for type {}; {} records not indexed", type, keys.size());
			return;
		}
		List<SearchDocument> documents = source.get().documents(keys);
		Set<String> present = documents.stream().map(SearchDocument::key).collect(Collectors.toSet());
		List<Document> upserts = documents.stream().map(DocumentMapper::toLucene).toList();
		List<Term> deletes = new ArrayList<>();
		keys.stream().filter(k -> !present.contains(k)).forEach(k -> deletes.add(DocumentMapper.idTerm(type, k)));
		index.apply(upserts, deletes);
	}

	/** Rebuilds the whole index from every source; the old index serves searches until the new one is complete. */
	public Map<String, Integer> rebuild() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		index.rebuild(sink -> sources.forEach(source -> {
			int[] count = { 0 };
			source.forEachDocument(doc -> {
				sink.accept(DocumentMapper.toLucene(doc));
				count[0]++;
			});
			counts.put(source.type(), count[0]);
		}));
		return counts;
	}

	/** Whether the index was built in full by the current schema. */
	public boolean complete() {
		return index.complete();
	}
}
