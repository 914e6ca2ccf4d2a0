package ps.rasd.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Takes of one token each from one shared bucket, combined: while one take reads and writes the bucket's row, the
 * takes that arrive queue, and the next of them takes for all of them at once (one locked read and write of the row
 * instead of one each, so concurrent requests do not queue on the row lock). Exact: a batch of {@code n} takes gets
 * {@code n} tokens when the bucket holds them, otherwise as many as it holds, first come first served, and the others
 * are refused. Unlike Bucket4j's own batching (which failed on a bucket not yet written), every take goes through the
 * ordinary bucket with its configuration.
 */
final class CombinedTakes {

	/** The outcome of one take: whether it got its token, the tokens left, the wait for the next one when refused. */
	record Take(boolean consumed, long remaining, long nanosToWait) {
	}

	private final ConcurrentLinkedQueue<CompletableFuture<Take>> waiting = new ConcurrentLinkedQueue<>();

	private final ReentrantLock turn = new ReentrantLock();

	/** Takes one token from the bucket, combined with the takes that wait meanwhile. */
	Take take(Bucket bucket) {
		CompletableFuture<Take> mine = new CompletableFuture<>();
		waiting.add(mine);
		turn.lock();
		try {
			if (!mine.isDone()) {
				List<CompletableFuture<Take>> batch = new ArrayList<>();
				for (CompletableFuture<Take> next; (next = waiting.poll()) != null;) {
					batch.add(next);
				}
				serve(bucket, batch);
			}
		}
		finally {
			turn.unlock();
		}
		try {
			return mine.join();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
	}

	private static void serve(Bucket bucket, List<CompletableFuture<Take>> batch) {
		try {
			int n = batch.size();
			long want = n;
			ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(want);
			while (!probe.isConsumed() && probe.getRemainingTokens() > 0) {
				// fewer than asked for: as many as it holds (fewer again if another node took some meanwhile)
				want = Math.min(want - 1, probe.getRemainingTokens());
				probe = bucket.tryConsumeAndReturnRemaining(want);
			}
			int given = probe.isConsumed() ? (int) want : 0;
			for (int i = 0; i < given; i++) {
				// the first of the batch sees the most tokens left, the last what the bucket holds now
				batch.get(i).complete(new Take(true, probe.getRemainingTokens() + (given - 1 - i), 0));
			}
			if (given < n) {
				long wait = given == 0 && want == 1 ? probe.getNanosToWaitForRefill()
						: bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
				for (CompletableFuture<Take> refused : batch.subList(given, n)) {
					refused.complete(new Take(false, 0, wait));
				}
			}
		}
		catch (Throwable ex) {
			batch.forEach(take -> take.completeExceptionally(ex));
		}
	}
}
