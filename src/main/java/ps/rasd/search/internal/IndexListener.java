package ps.rasd.search.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ps.rasd.shared.spi.SearchableChanged;

/**
 * Queues index work in the transaction of the change (the search outbox), so that it commits or rolls back with the
 * change and a crash after the commit loses nothing; the {@link IndexWorker} is woken once the change commits. Nothing
 * here waits for the index or holds a connection beyond the change's own.
 */
@Component
class IndexListener {

	private final IndexOutbox outbox;

	private final ObjectProvider<IndexWorker> worker;

	IndexListener(IndexOutbox outbox, ObjectProvider<IndexWorker> worker) {
		this.outbox = outbox;
		this.worker = worker;
	}

	@EventListener
	void on(SearchableChanged changed) {
		if (changed.keys().isEmpty()) {
			return;
		}
		outbox.queue(changed.type(), changed.keys());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					worker.ifAvailable(IndexWorker::wake);
				}
			});
		}
		else {
			worker.ifAvailable(IndexWorker::wake);
		}
	}
}
