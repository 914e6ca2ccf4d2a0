package ps.rasd.search.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import ps.rasd.search.SearchProperties;

/**
 * The background indexer of this node: drains the search outbox in batches — the records' current documents read from their
 * sources, written into the index with one commit a batch, the near-real-time searchers refreshed, then the rows
 * deleted — at most one commit per {@code rasd.search.index-delay}. Each batch is claimed first, so that nodes that share
 * one index (OpenSearch) never index the same rows; a claim is renewed while its work lasts, and that of a node that died runs out ({@code index-lease}). Each
 * record is written with the id of its latest outbox row as its version, so that a node that indexes an older change
 * late (its claim ran out meanwhile) does not overwrite what another node indexed of a newer one. A crash between the index commit and the delete
 * only indexes those records again. It resumes what a previous run left at start, and does not run in commands
 * (profile {@code command}): the index belongs to the running application.
 */
@Component
@Profile("!command")
class IndexWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IndexWorker.class);

	private static final Duration AFTER_FAILURE = Duration.ofSeconds(5);

	private final IndexOutbox outbox;

	private final Indexer indexer;

	private final SearchProperties properties;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition signal = lock.newCondition();

	private boolean woken;

	private volatile Thread thread;

	private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread renewer = new Thread(r, "search-claim-renewer");
		renewer.setDaemon(true);
		return renewer;
	});

	IndexWorker(IndexOutbox outbox, Indexer indexer, SearchProperties properties) {
		this.outbox = outbox;
		this.indexer = indexer;
		this.properties = properties;
	}

	/** Work was queued and committed: look at the outbox now (or after the pause between commits). */
	void wake() {
		lock.lock();
		try {
			woken = true;
			signal.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

	/** Indexes one batch from the outbox; how many records it took. */
	int drainOnce() {
		List<IndexOutbox.Work> work = outbox.claim(properties.indexBatch(), properties.indexLease());
		if (work.isEmpty()) {
			return 0;
		}
		// the claim is kept while the work lasts (a rebuild at a million records takes minutes), so that the lease
		// can be short: the work of a node that died is taken by another within about one lease
		Duration every = properties.indexLease().dividedBy(3);
		ScheduledFuture<?> renewing = renewals.scheduleAtFixedRate(() -> {
			try {
				outbox.renew(work, properties.indexLease());
			}
			catch (RuntimeException ex) {
				log.warn("Could not keep the claim on search work: {}", ex.toString());
			}
		}, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
		try {
			if (work.stream().anyMatch(IndexOutbox.Work::everything)) {
				var counts = indexer.rebuild();
				log.info("Search index rebuilt from the outbox: {}", counts);
			}
			else {
				Map<String, Set<String>> byType = new LinkedHashMap<>();
				Map<String, Long> versions = new HashMap<>();
				work.forEach(w -> {
					byType.computeIfAbsent(w.type(), t -> new LinkedHashSet<>()).add(w.key());
					versions.merge(DocumentMapper.id(w.type(), w.key()), w.id(), Math::max);
				});
				indexer.refresh(byType, versions);
			}
		}
		catch (RuntimeException ex) {
			renewing.cancel(false);
			outbox.release(work);
			throw ex;
		}
		renewing.cancel(false);
		outbox.remove(work);
		if (log.isDebugEnabled()) {
			// how long the records waited between their commit and being searchable (bench/search-freshness.sh)
			Instant now = Instant.now();
			log.debug("Search batch: {} records, waited {} to {} ms", work.size(),
					Duration.between(work.get(work.size() - 1).queuedAt(), now).toMillis(),
					Duration.between(work.stream().map(IndexOutbox.Work::queuedAt).min(Instant::compareTo).orElse(now),
							now).toMillis());
		}
		return work.size();
	}

	private void run() {
		while (thread == Thread.currentThread()) {
			try {
				int taken = drainOnce();
				if (taken >= properties.indexBatch()) {
					continue;
				}
				if (taken > 0) {
					await(properties.indexDelay(), false);
				}
				else {
					await(properties.indexPoll(), true);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				if (thread != Thread.currentThread()) {
					return;
				}
				log.warn("Search indexing failed; the outbox keeps the work and it is tried again: {}", ex.toString());
				try {
					await(AFTER_FAILURE, false);
				}
				catch (InterruptedException stop) {
					return;
				}
			}
		}
	}

	/** Waits this long, or less when woken (if it may be) or stopped. */
	private void await(Duration atMost, boolean wakeable) throws InterruptedException {
		lock.lock();
		try {
			long nanos = atMost.toNanos();
			while (!(wakeable && woken) && nanos > 0 && thread == Thread.currentThread()) {
				nanos = signal.awaitNanos(nanos);
			}
			if (wakeable) {
				woken = false;
			}
		}
		finally {
			lock.unlock();
		}
	}

	@Override
	public void start() {
		Thread started = new Thread(this::run, "search-indexer");
		started.setDaemon(true);
		thread = started;
		started.start();
	}

	@Override
	public void stop() {
		Thread running = thread;
		thread = null;
		if (running != null) {
			// no interrupt: an interrupted write would break the index writer; the loop sees it is stopped
			lock.lock();
			try {
				signal.signalAll();
			}
			finally {
				lock.unlock();
			}
			try {
				running.join(TimeUnit.SECONDS.toMillis(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

	@Override
	public int getPhase() {
		// stops after the web server stopped taking requests (phases stop from the highest)
		return SmartLifecycle.DEFAULT_PHASE - 2048;
	}
}
