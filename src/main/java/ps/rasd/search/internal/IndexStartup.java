package ps.rasd.search.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ps.rasd.search.SearchManagement;
import ps.rasd.shared.WarmUp;

/**
 * Builds the index when the application is ready (after reference and demo data are in) and the index is not
 * complete: a new installation, an index lost or half built, or built by an older analysis chain. The build runs in a
 * thread of its own ({@code rasd-index-build}), so the application is healthy and serves people meanwhile (searches
 * see the old index, or an empty one, until the build commits); a million cases take minutes to index, and the
 * application would otherwise not be ready for all that time. {@code rasd.search.build-in-background=false} builds
 * it before the application reports ready (tests: each context starts with an empty index in memory). An index shared
 * by several nodes is rebuilt through the outbox, by one of them.
 */
@Component
@Profile("!command")
class IndexStartup {

	private static final Logger log = LoggerFactory.getLogger(IndexStartup.class);

	private final Indexer indexer;

	private final SearchManagement search;

	private final IndexOutbox outbox;

	private final boolean inBackground;

	IndexStartup(Indexer indexer, SearchManagement search, IndexOutbox outbox,
			@Value("${rasd.search.build-in-background:true}") boolean inBackground) {
		this.indexer = indexer;
		this.search = search;
		this.outbox = outbox;
		this.inBackground = inBackground;
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
			if (inBackground) {
				WarmUp.inBackground("rasd-index-build", this::build);
			}
			else {
				build();
			}
		}
	}

	private void build() {
		try {
			var done = search.reindex();
			log.info("Search index built: {} documents in {} ms", done.total(), done.millis());
		}
		catch (RuntimeException ex) {
			// the index stays marked incomplete: the next start builds it again (or search-reindex by hand)
			log.error("Search index could not be built; it is built again at the next start", ex);
		}
	}
}
