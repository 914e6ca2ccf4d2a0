package ps.rasd.search.internal;

import java.util.Collection;
import java.util.Map;
import java.util.List;
import java.util.function.Consumer;

import org.apache.lucene.search.Query;

import ps.rasd.search.internal.SearchEngine.Found;
import ps.rasd.shared.spi.SearchDocument;

/**
 * Where the index lives: this node's embedded Lucene index ({@link LuceneBackend}, the default), or one index on an
 * OpenSearch server that every node shares ({@link OpenSearchBackend}, when {@code rasd.search.url} names it). Both
 * take the same documents and answer the same queries, built once by the {@link QueryParser} and {@link LuceneScope}.
 */
interface SearchBackend {

	/** Adds or replaces these documents and removes the documents of these ids ({@link DocumentMapper#id}). */
	void apply(Collection<SearchDocument> upserts, Collection<String> deletes);

	/**
	 * As {@link #apply(Collection, Collection)}, each document or removal given the version of its change (the id of
	 * its latest search outbox row, by {@link DocumentMapper#id}): an index shared by several nodes keeps the newer of
	 * two versions of one record whatever order the nodes send them in. This node's own index has one writer and
	 * takes them in order.
	 */
	default void apply(Collection<SearchDocument> upserts, Collection<String> deletes, Map<String, Long> versions) {
		apply(upserts, deletes);
	}

	/** Replaces the whole index with what the feeder gives; searches see the old one until the new one is complete. */
	int rebuild(Consumer<Consumer<SearchDocument>> feeder);

	/**
	 * As {@link #rebuild(Consumer)}, every document written with this version (above every change queued before the
	 * rebuild read the records; 0 for none) in an index shared by several nodes.
	 */
	default int rebuild(long version, Consumer<Consumer<SearchDocument>> feeder) {
		return rebuild(feeder);
	}

	/** Whether the index was built in full by the current schema. */
	boolean complete();

	/**
	 * The best page of documents that match, with the exact total and the counts of each facet (a chosen facet
	 * counted as if its choice were not made), and snippets with the words found marked; or, {@code hitsOnly}, the
	 * best page alone, without snippets or facets, its total a lower bound (at least the documents up to the page).
	 */
	Found find(Query matching, Map<String, List<String>> filters, int offset, int size, Visibility visibility,
			boolean hitsOnly);

	/** How many documents the index holds. */
	int size();

	/** What is wrong with the index, or {@code null} when it can be used. */
	String problem();

	/** Whether several nodes share this index (then one node indexes each change). */
	boolean shared();
}
