package ps.rasd.search.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ps.rasd.shared.spi.SearchableChanged;

/**
 * Keeps the index current: runs after the change commits, from the event publication registry, so a failure (or a
 * crash) leaves the event to be handled again.
 */
@Component
class IndexListener {

	private final Indexer indexer;

	IndexListener(Indexer indexer) {
		this.indexer = indexer;
	}

	@ApplicationModuleListener
	void on(SearchableChanged changed) {
		indexer.refresh(changed.type(), changed.keys());
	}
}
