package ps.rasd.search.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ps.rasd.search.SearchManagement;

/**
 * Builds the index when the application is ready (after reference and demo data are in) and the index is not
 * complete: a new installation, an index lost or half built, or built by an older analysis chain. An index shared by
 * several nodes is rebuilt through the outbox, by one of them.
 */
@Component
@Profile("!command")
class IndexStartup {

	private static final Logger log = LoggerFactory.getLogger(IndexStartup.class);

	private final Indexer indexer;

	private final SearchManagement search;

	private final IndexOutbox outbox;

	IndexStartup(Indexer indexer, SearchManagement search, IndexOutbox outbox) {
		this.indexer = indexer;
		this.search = search;
		this.outbox = outbox;
	}

	@EventListener(ApplicationReadyEvent.class)
	void buildIfNeeded() {
		if (indexer.shared()) {
			// one index for every node: the rebuild is queued, and the one node that claims it builds it
			if (!outbox.rebuildQueued() && !indexer.complete()) {
				outbox.queueRebuild();
				log.info("Search index on the server is missing or outdated: a rebuild is queued");
			}
		}
		else if (!indexer.complete()) {
			var done = search.reindex();
			log.info("Search index built: {} documents in {} ms", done.total(), done.millis());
		}
	}
}
