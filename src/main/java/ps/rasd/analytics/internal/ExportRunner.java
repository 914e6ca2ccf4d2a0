package ps.rasd.analytics.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import ps.rasd.analytics.AnalyticsProperties;
import ps.rasd.analytics.ExportRequest;
import ps.rasd.analytics.domain.ExportJobRepository;
import ps.rasd.shared.spi.MadeFiles;
import ps.rasd.shared.spi.ExportQuery;
import ps.rasd.shared.spi.ExportSource;

/**
 * Runs export jobs on a few threads of its own: counts the rows, writes the file under the data folder's
 * {@code exports} directory (to a {@code .part} file, renamed when complete) and keeps it there or, with a bucket, in
 * the bucket ({@link MadeFiles}: any node serves it), records progress about once a second
 * (which is also the job's heartbeat), and marks the job done or failed.
 */
@Component
public class ExportRunner {

	private static final String FOLDER = "exports";

	private static final Logger LOG = LoggerFactory.getLogger(ExportRunner.class);

	private static final long PROGRESS_NANOS = TimeUnit.MILLISECONDS.toNanos(750);

	private final ExportJobRepository jobs;

	private final Exporter exporter;

	private final AnalyticsProperties properties;

	private final Clock clock;

	private final MadeFiles files;

	private final ThreadPoolExecutor pool;

	private final Set<Long> active = ConcurrentHashMap.newKeySet();

	ExportRunner(ExportJobRepository jobs, Exporter exporter, AnalyticsProperties properties,
			MadeFiles files, Clock clock) {
		this.jobs = jobs;
		this.exporter = exporter;
		this.properties = properties;
		this.clock = clock;
		this.files = files;
		int threads = Math.max(1, properties.exportThreads());
		AtomicInteger number = new AtomicInteger();
		this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(200), r -> {
			Thread thread = new Thread(r, "rasd-export-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** The kept file of a finished export (in the data folder or the bucket); empty when there is none. */
	public Optional<Resource> file(String name) {
		return files.find(FOLDER, name);
	}

	/** Deletes the kept file of an export; a failure leaves it for the next clean-up. */
	public void delete(String name) {
		try {
			files.delete(FOLDER, name);
		}
		catch (RuntimeException ex) {
			LOG.warn("Could not delete the export file {}: {}", name, ex.toString());
		}
	}

	/** Whether this node queued or runs the job now. */
	public boolean isActive(long jobId) {
		return active.contains(jobId);
	}

	/** Queues the job; if the queue is full the job fails at once with {@code analytics.job.busy}. */
	public void submit(long jobId, ExportSource source, ExportQuery query, ExportRequest request) {
		active.add(jobId);
		try {
			pool.execute(() -> run(jobId, source, query, request));
		}
		catch (RejectedExecutionException ex) {
			active.remove(jobId);
			Instant now = clock.instant();
			jobs.failed(jobId, "analytics.job.busy", now, now.plus(properties.exportRetention()));
		}
	}

	private void run(long jobId, ExportSource source, ExportQuery query, ExportRequest request) {
		String name = "export-" + jobId + "-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "."
				+ request.format().extension();
		Path directory = files.workFolder(FOLDER);
		Path part = directory.resolve(name + ".part");
		try {
			if (jobs.started(jobId, source.count(query), clock.instant()) == 0) {
				return;
			}
			long rows;
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
				rows = exporter.write(source, query, request, out, new Progress(jobId)::written);
			}
			Path file = Files.move(part, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
			long size = Files.size(file);
			files.keep(FOLDER, file);
			Instant now = clock.instant();
			jobs.done(jobId, rows, name, size, now, now.plus(properties.exportRetention()));
		}
		catch (IOException | RuntimeException ex) {
			LOG.error("Export job {} ({} as {}) failed", jobId, source.name(), request.format(), ex);
			deleteQuietly(part);
			Instant now = clock.instant();
			jobs.failed(jobId, ex instanceof CancellationException ? "analytics.job.interrupted" : "analytics.job.failed",
					now, now.plus(properties.exportRetention()));
		}
		finally {
			active.remove(jobId);
		}
	}

	static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			LOG.warn("Cannot delete {}", file, ex);
		}
	}

	@PreDestroy
	void stop() {
		pool.shutdownNow();
	}

	/** Records the rows written about once a second; stops the job when its thread is interrupted. */
	private final class Progress {

		private final long jobId;

		private long last = System.nanoTime();

		Progress(long jobId) {
			this.jobId = jobId;
		}

		void written(long rows) {
			if (rows % 500 != 0) {
				return;
			}
			if (Thread.currentThread().isInterrupted()) {
				throw new CancellationException("export " + jobId + " interrupted");
			}
			long now = System.nanoTime();
			if (now - last >= PROGRESS_NANOS) {
				last = now;
				jobs.progress(jobId, rows, clock.instant());
			}
		}
	}
}
