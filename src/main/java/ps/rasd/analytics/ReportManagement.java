package ps.rasd.analytics;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

import ps.rasd.shared.access.Role;
import ps.rasd.analytics.internal.ReportJobStore;
import ps.rasd.analytics.internal.ReportWriter;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.CursorRequest;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.ClusterProperties;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.SortOptions;
import ps.rasd.shared.spi.MadeFiles;
import ps.rasd.shared.spi.ReportFigures;

/**
 * The monitoring reports facade: staff (not partners) ask for a report; it is written in the background, one at a
 * time, with its progress; the last {@link AnalyticsProperties#reportsKept()} reports stay for download by any staff
 * member. Reports hold public figures only, so they are shared within the team. Jobs are kept in the table
 * {@code analytics_report_job} and their files under the data folder ({@code reports/}), so both survive a restart; a
 * job still waiting or running when the application stopped is marked failed (interrupted) at the next start.
 */
@Service
public class ReportManagement {

	/** The orders of the report list: by the time asked for, newest first (default) or oldest first. */
	public static final SortOptions SORTS = SortOptions.of("-created", "created");

	/** The error code of a job cut short by a restart. */
	public static final String INTERRUPTED = "analytics.report.interrupted";

	private static final Logger log = LoggerFactory.getLogger(ReportManagement.class);

	/** Where report files are kept (the data folder's {@code reports/}, or the bucket's). */
	private static final String FOLDER = "reports";

	private final ReportWriter writer;

	private final ReportJobStore store;

	private final Clock clock;

	private final MadeFiles files;

	private final int kept;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "rasd-report");
		thread.setDaemon(true);
		return thread;
	});

	/** With several nodes, a job another node is writing keeps moving: only one still this long is taken as cut short. */
	private final Duration stalledAfter;

	ReportManagement(ReportWriter writer, ReportJobStore store, Clock clock, MadeFiles files,
			AnalyticsProperties properties, ClusterProperties cluster) {
		this.stalledAfter = cluster.several() ? Duration.ofMinutes(15) : Duration.ZERO;
		this.writer = writer;
		this.store = store;
		this.clock = clock;
		this.files = files;
		this.kept = properties.reportsKept();
	}

	/**
	 * Marks the jobs a previous run left waiting or running as failed ({@link #INTERRUPTED}) and drops reports beyond
	 * the number kept. Runs once the application is ready; returns how many jobs were interrupted. One of several nodes
	 * fails only the jobs that have not moved for 15 minutes: the others may be another node's.
	 */
	// not in a command beside a running application: its running jobs are not ours to fail
	@EventListener(classes = ApplicationReadyEvent.class, condition = "!@environment.matchesProfiles('command')")
	public int recover() {
		int interrupted = store.interruptUnfinished(INTERRUPTED, clock.instant(), clock.instant().minus(stalledAfter));
		if (interrupted > 0) {
			log.warn("{} report job(s) were cut short by a restart and are marked failed", interrupted);
		}
		prune();
		return interrupted;
	}

	/**
	 * Queues a report and returns at once; the job is recorded in its own transaction.
	 * @throws ForbiddenException {@code analytics.report.forbidden} for anyone but staff
	 * @throws InvalidInputException {@code analytics.report.invalid} without a period in order
	 */
	public ReportJobView request(ReportRequest request, RasdPrincipal actor) {
		checkStaff(actor);
		if (request.from() == null || request.to() == null || request.to().isBefore(request.from())) {
			throw new InvalidInputException("analytics.report.invalid", java.util.Map.of("to", "analytics.report.invalid"));
		}
		long id = store.create(request, actor.accountId(), clock.instant());
		executor.submit(() -> run(id, request));
		return view(id);
	}

	/** The reports kept, newest first. */
	public List<ReportJobView> recent(RasdPrincipal actor) {
		checkStaff(actor);
		return store.newest(kept).stream().map(ReportJobStore.Stored::view).toList();
	}

	/**
	 * One page of the reports kept, with keyset paging: up to {@link CursorRequest#fetchSize()} after the cursor by
	 * the time asked for, then id.
	 */
	public List<ReportJobView> page(CursorRequest page, RasdPrincipal actor) {
		checkStaff(actor);
		return store.page(page.afterInstant(), page.afterId(), page.descending(), page.fetchSize()).stream()
			.map(ReportJobStore.Stored::view)
			.toList();
	}

	/**
	 * One report job with its progress.
	 * @throws NotFoundException {@code analytics.report.not-found} if unknown or no longer kept
	 */
	public ReportJobView job(long id, RasdPrincipal actor) {
		checkStaff(actor);
		return view(id);
	}

	/**
	 * The PDF of a finished report.
	 * @throws NotFoundException {@code analytics.report.not-found} if unknown or no longer kept
	 * @throws ConflictException {@code analytics.report.not-ready} while it is written, or when it failed
	 */
	public byte[] file(long id, RasdPrincipal actor) {
		checkStaff(actor);
		ReportJobStore.Stored job = store.find(id).orElseThrow(() -> new NotFoundException("analytics.report.not-found"));
		if (job.view().status() != ExportStatus.DONE || job.fileName() == null) {
			throw new ConflictException("analytics.report.not-ready");
		}
		Resource file = files.find(FOLDER, job.fileName())
			.orElseThrow(() -> new NotFoundException("analytics.report.not-found"));
		try (InputStream in = file.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new NotFoundException("analytics.report.not-found");
		}
	}

	/** Writes a report now, in this thread (for the benchmark and tests). */
	public byte[] writeNow(ReportRequest request) {
		return writer.write(request, writer.collect(request));
	}

	private ReportJobView view(long id) {
		return store.find(id).map(ReportJobStore.Stored::view)
			.orElseThrow(() -> new NotFoundException("analytics.report.not-found"));
	}

	private void run(long id, ReportRequest request) {
		try {
			store.progress(id, ExportStatus.RUNNING, 10, clock.instant());
			ReportFigures.Figures figures = writer.collect(request);
			store.progress(id, ExportStatus.RUNNING, 50, clock.instant());
			byte[] pdf = writer.write(request, figures);
			String name = "report-" + id + ".pdf";
			Path directory = files.workFolder(FOLDER);
			Path part = directory.resolve(name + ".part");
			Files.write(part, pdf);
			files.keep(FOLDER, Files.move(part, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING));
			store.done(id, name, pdf.length, clock.instant());
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Report {} failed", id, ex);
			store.failed(id, "analytics.report.failed", clock.instant());
		}
		prune();
	}

	private void prune() {
		for (ReportJobStore.Stored old : store.beyond(kept)) {
			try {
				if (old.fileName() != null) {
					files.delete(FOLDER, old.fileName());
				}
				store.delete(old.view().id());
			}
			catch (RuntimeException ex) {
				log.warn("Could not delete the file of report {}", old.view().id(), ex);
			}
		}
	}

	private static void checkStaff(RasdPrincipal actor) {
		if (actor == null || !(actor.isAdmin() || actor.reader().is(Role.COORDINATOR) || actor.reader().is(Role.ANALYST)
				|| actor.reader().is(Role.MONITOR))) {
			throw new ForbiddenException("analytics.report.forbidden");
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

}
