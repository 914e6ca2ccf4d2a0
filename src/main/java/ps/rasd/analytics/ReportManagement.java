package ps.rasd.analytics;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import ps.rasd.analytics.internal.ReportWriter;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.ReportFigures;

/**
 * The monitoring reports facade: staff (not partners) ask for a report; it is written in the background, one at a
 * time, with its progress; the last {@link #KEPT} reports stay for download by any staff member. Reports hold public
 * figures only, so they are shared within the team. Kept in memory: a restart forgets them, which is acceptable for
 * documents that can be written again in seconds.
 */
@Service
public class ReportManagement {

	/** How many finished reports are kept. */
	public static final int KEPT = 10;

	private static final Logger log = LoggerFactory.getLogger(ReportManagement.class);

	private final ReportWriter writer;

	private final Clock clock;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "rasd-report");
		thread.setDaemon(true);
		return thread;
	});

	private final Deque<Job> jobs = new ConcurrentLinkedDeque<>();

	private final AtomicLong ids = new AtomicLong();

	ReportManagement(ReportWriter writer, Clock clock) {
		this.writer = writer;
		this.clock = clock;
	}

	/**
	 * Queues a report and returns at once.
	 * @throws ForbiddenException {@code analytics.report.forbidden} for anyone but staff
	 * @throws InvalidInputException {@code analytics.report.invalid} without a period in order
	 */
	public ReportJobView request(ReportRequest request, RasdPrincipal actor) {
		checkStaff(actor);
		if (request.from() == null || request.to() == null || request.to().isBefore(request.from())) {
			throw new InvalidInputException("analytics.report.invalid", java.util.Map.of("to", "analytics.report.invalid"));
		}
		Job job = new Job(ids.incrementAndGet(), request, actor.accountId(), clock.instant());
		jobs.addFirst(job);
		while (jobs.size() > KEPT) {
			jobs.pollLast();
		}
		executor.submit(() -> run(job));
		return job.view();
	}

	/** The reports kept, newest first. */
	public List<ReportJobView> recent(RasdPrincipal actor) {
		checkStaff(actor);
		List<ReportJobView> views = new ArrayList<>();
		jobs.forEach(j -> views.add(j.view()));
		return views;
	}

	/**
	 * The PDF of a finished report.
	 * @throws NotFoundException {@code analytics.report.not-found} if unknown, forgotten or not finished
	 */
	public byte[] file(long id, RasdPrincipal actor) {
		checkStaff(actor);
		return find(id).map(j -> j.pdf).orElseThrow(() -> new NotFoundException("analytics.report.not-found"));
	}

	/** Writes a report now, in this thread (for the benchmark and tests). */
	public byte[] writeNow(ReportRequest request) {
		return writer.write(request, writer.collect(request));
	}

	private Optional<Job> find(long id) {
		return jobs.stream().filter(j -> j.id == id).findFirst();
	}

	private void run(Job job) {
		try {
			job.status = ExportStatus.RUNNING;
			job.percent = 10;
			ReportFigures.Figures figures = writer.collect(job.request);
			job.percent = 50;
			byte[] pdf = writer.write(job.request, figures);
			job.pdf = pdf;
			job.percent = 100;
			job.status = ExportStatus.DONE;
		}
		catch (RuntimeException ex) {
			log.warn("Report {} failed", job.id, ex);
			job.status = ExportStatus.FAILED;
		}
	}

	private static void checkStaff(RasdPrincipal actor) {
		if (actor == null || !(actor.isAdmin() || actor.hasRole("COORDINATOR") || actor.hasRole("ANALYST")
				|| actor.hasRole("MONITOR"))) {
			throw new ForbiddenException("analytics.report.forbidden");
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	private static final class Job {

		final long id;

		final ReportRequest request;

		final long requestedBy;

		final java.time.Instant createdAt;

		volatile ExportStatus status = ExportStatus.QUEUED;

		volatile int percent;

		volatile byte[] pdf;

		Job(long id, ReportRequest request, long requestedBy, java.time.Instant createdAt) {
			this.id = id;
			this.request = request;
			this.requestedBy = requestedBy;
			this.createdAt = createdAt;
		}

		ReportJobView view() {
			return new ReportJobView(id, request, requestedBy, createdAt, status, percent, pdf == null ? 0 : pdf.length);
		}

	}

}
