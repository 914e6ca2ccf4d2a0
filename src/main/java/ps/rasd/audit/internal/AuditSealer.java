package ps.rasd.audit.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import ps.rasd.audit.AuditManagement;

/**
 * The background sealer: woken after each audited commit, it seals what was committed into the hash chain (at most one
 * pass every {@link #PAUSE}, so a burst of writes is sealed in a few transactions), and looks again every
 * {@link #POLL} for entries written by another process (a command, another node). The chain's order is the order in
 * which entries became visible to it, which is their commit order: an entry whose transaction commits late is sealed
 * after the ones committed before it, whatever its id. It does not run in commands (profile {@code command}).
 */
@Component
@Profile("!command")
class AuditSealer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

	static final Duration PAUSE = Duration.ofMillis(100);

	static final Duration POLL = Duration.ofSeconds(2);

	private final AuditManagement audit;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition signal = lock.newCondition();

	private boolean woken;

	private volatile Thread thread;

	AuditSealer(AuditManagement audit) {
		this.audit = audit;
	}

	/** Entries were committed: seal them now (or after the pause between passes). */
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

	private void run() {
		while (thread == Thread.currentThread()) {
			try {
				if (audit.sealPending() > 0) {
					await(PAUSE, false);
				}
				await(POLL, true);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				if (thread != Thread.currentThread()) {
					return;
				}
				log.warn("Sealing the audit log failed; the entries wait and it is tried again: {}", ex.toString());
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
		Thread started = new Thread(this::run, "audit-sealer");
		started.setDaemon(true);
		thread = started;
		started.start();
	}

	@Override
	public void stop() {
		Thread running = thread;
		thread = null;
		if (running != null) {
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
		// stops after the web server stopped taking requests, so the last requests' entries are sealed
		return SmartLifecycle.DEFAULT_PHASE - 2048;
	}
}
