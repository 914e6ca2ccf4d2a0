package ps.rasd.shared;

/**
 * Work done once in the background after start, so that the first person who needs a slow path (a PDF, a photo's
 * upload) does not pay for loading and compiling it: a daemon thread of the lowest priority, never in a request's way.
 */
public final class WarmUp {

	private WarmUp() {
	}

	/** Starts the work in a thread of its own, named for the thread dumps (e.g. {@code rasd-pdf-warm-up}). */
	public static void inBackground(String threadName, Runnable work) {
		Thread thread = new Thread(work, threadName);
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}
}
