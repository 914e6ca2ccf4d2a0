package ps.rasd.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ps.rasd.search.SearchProperties;
import ps.rasd.shared.RasdProperties;

/**
 * The Lucene index: one writer, opened on first use (so that other commands never lock it), near-real-time
 * searchers, a commit after every batch of changes the {@link IndexWorker} applies. A rebuild marks its commit complete with the version of the schema;
 * an index without that mark (new, half built, or built by an older chain) is rebuilt at start-up.
 */
@Component
public class SearchIndex implements DisposableBean {

	/** Raise when fields or analysis change, so that existing indexes are rebuilt. */
	static final String SCHEMA = "2";

	private static final String COMPLETE = "rasd.search.schema";

	private final ReentrantLock lock = new ReentrantLock();

	private final Path path;

	private final boolean inMemory;

	private volatile Directory directory;

	private volatile IndexWriter writer;

	private volatile SearcherManager searchers;

	/**
	 * @param indexDir where the index lives ({@code RASD_SEARCH_INDEX_DIR}); empty = {@code $RASD_DATA_DIR/index}. Each
	 *        node of several keeps its own index: with a shared data folder, give each node its own local folder here.
	 */
	SearchIndex(SearchProperties properties, RasdProperties rasd,
			@Value("${rasd.search.index-dir:}") String indexDir) {
		this.inMemory = properties.inMemory();
		this.path = indexDir == null || indexDir.isBlank() ? rasd.dataDir().resolve("index") : Path.of(indexDir);
	}

	/** Where the index lives, or {@code null} when it is in memory. */
	public Path path() {
		return inMemory ? null : path;
	}

	/** Adds or replaces these documents and removes those terms' documents, then commits. */
	void apply(Collection<Document> upserts, Collection<Term> deletes) {
		lock.lock();
		try {
			IndexWriter w = writer();
			for (Term id : deletes) {
				w.deleteDocuments(id);
			}
			for (Document doc : upserts) {
				w.updateDocument(new Term(DocumentMapper.ID, doc.get(DocumentMapper.ID)), doc);
			}
			w.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			lock.unlock();
		}
	}

	/** Replaces the whole index with what the feeder gives, then marks it complete. Searches see the old one until then. */
	int rebuild(Consumer<Consumer<Document>> feeder) {
		lock.lock();
		try {
			IndexWriter w = writer();
			w.deleteAll();
			int[] count = { 0 };
			feeder.accept(doc -> {
				try {
					w.addDocument(doc);
					count[0]++;
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			w.setLiveCommitData(Map.of(COMPLETE, SCHEMA).entrySet());
			w.commit();
			searchers.maybeRefreshBlocking();
			return count[0];
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			lock.unlock();
		}
	}

	/** Whether the index was built in full by this schema. */
	boolean complete() {
		writer();
		Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
		if (data == null) {
			return false;
		}
		for (Map.Entry<String, String> entry : data) {
			if (entry.getKey().equals(COMPLETE) && entry.getValue().equals(SCHEMA)) {
				return true;
			}
		}
		return false;
	}

	/** Runs a search on the latest view of the index. */
	<T> T search(SearchWork<T> work) {
		writer();
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return work.on(searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How many documents the index holds. */
	int size() {
		return search(s -> s.getIndexReader().numDocs());
	}

	/**
	 * Whether the index can be used: its writer open and not failed, its folder and lock still there, and a searcher
	 * that opens and reads. Returns what is wrong, or {@code null}.
	 */
	String problem() {
		try {
			IndexWriter w = writer();
			if (!w.isOpen() || w.getTragicException() != null) {
				return "the index writer has failed";
			}
			if (path() != null && !java.nio.file.Files.isRegularFile(path.resolve(IndexWriter.WRITE_LOCK_NAME))) {
				return "the index folder or its lock is gone";
			}
			size();
			return null;
		}
		catch (RuntimeException ex) {
			return "the index cannot be read: " + ex.getClass().getSimpleName();
		}
	}

	/** A piece of work on a searcher. */
	@FunctionalInterface
	interface SearchWork<T> {

		T on(IndexSearcher searcher) throws IOException;
	}

	private IndexWriter writer() {
		IndexWriter current = writer;
		if (current != null) {
			return current;
		}
		lock.lock();
		try {
			if (writer == null) {
				directory = inMemory ? new ByteBuffersDirectory() : FSDirectory.open(path);
				IndexWriterConfig config = new IndexWriterConfig(Analyzers.perField())
					.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
				IndexWriter opened = new IndexWriter(directory, config);
				searchers = new SearcherManager(opened, true, true, null);
				writer = opened;
			}
			return writer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			lock.unlock();
		}
	}

	@Override
	public void destroy() throws IOException {
		lock.lock();
		try {
			if (writer != null) {
				searchers.close();
				writer.close();
				directory.close();
				writer = null;
			}
		}
		finally {
			lock.unlock();
		}
	}

	/** The generation of the index's last commit: one more with each commit (tests). */
	long commitGeneration() throws IOException {
		writer();
		return SegmentInfos.getLastCommitGeneration(directory);
	}

	/** Opens a reader for a check outside the writer (tests). */
	DirectoryReader openReader() throws IOException {
		writer();
		return DirectoryReader.open(writer);
	}
}
