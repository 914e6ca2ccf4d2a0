package ps.rasd.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ps.rasd.shared.spi.SearchDocument;
import ps.rasd.shared.spi.SearchSource;

/** Writes what the sources give into the index: some records after a change, or everything in a rebuild. */
@Component
public class Indexer {

	private static final Logger log = LoggerFactory.getLogger(Indexer.class);

	/** Keys asked of a source at once (an IN list). */
	private static final int SOURCE_BATCH = 500;

	private final SearchBackend index;

	private final List<SearchSource> sources;

	private final IndexOutbox outbox;

	Indexer(SearchBackend index, List<SearchSource> sources, IndexOutbox outbox) {
		this.index = index;
		this.sources = sources;
		this.outbox = outbox;
	}

	/** The sources, by type. */
	public List<SearchSource> sources() {
		return sources;
	}

	/**
	 * Indexes the current state of these records, by type: replaced when they have a document, removed if not; one
	 * index commit for all of them. Called by one thread (the {@link IndexWorker}) with what it read from the outbox
	 * after the changes committed, so a record's older state cannot overwrite a newer one.
	 */
	public void refresh(Map<String, ? extends Collection<String>> keysByType) {
		refresh(keysByType, Map.of());
	}

	/**
	 * As {@link #refresh(Map)}, each record with the version of its latest change (the id of its latest outbox row, by
	 * {@link DocumentMapper#id}), so that an index several nodes write keeps the newer of two states of one record.
	 */
	public synchronized void refresh(Map<String, ? extends Collection<String>> keysByType, Map<String, Long> versions) {
		List<SearchDocument> upserts = new ArrayList<>();
		List<String> deletes = new ArrayList<>();
		keysByType.forEach((type, keys) -> {
			Optional<SearchSource> source = sources.stream().filter(s -> s.type().equals(type)).findFirst();
			if (source.isEmpty()) {
				log.warn("No search source for type {}; {} records not indexed", type, keys.size());
				return;
			}
			List<String> all = List.copyOf(keys);
			for (int from = 0; from < all.size(); from += SOURCE_BATCH) {
				List<String> some = all.subList(from, Math.min(all.size(), from + SOURCE_BATCH));
				List<SearchDocument> documents = source.get().documents(some);
				Set<String> present = documents.stream().map(SearchDocument::key).collect(Collectors.toSet());
				upserts.addAll(documents);
				some.stream().filter(k -> !present.contains(k)).forEach(k -> deletes.add(DocumentMapper.id(type, k)));
			}
		});
		index.apply(upserts, deletes, versions);
	}

	/** Indexes these records of one type (see {@link #refresh(Map)}). */
	public void refresh(String type, List<String> keys) {
		refresh(Map.of(type, keys));
	}

	/**
	 * Rebuilds the whole index from every source; the old index serves searches until the new one is complete. An index
	 * shared by several nodes gets the documents with a version above every change queued before the rebuild began
	 * ({@link IndexOutbox#newVersion}): an older change indexed late cannot overwrite them, a newer one does.
	 */
	public synchronized Map<String, Integer> rebuild() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		long version = index.shared() ? outbox.newVersion() : 0;
		index.rebuild(version, sink -> sources.forEach(source -> {
			int[] count = { 0 };
			source.forEachDocument(doc -> {
				sink.accept(doc);
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

	/** Whether several nodes share the index. */
	public boolean shared() {
		return index.shared();
	}
}
