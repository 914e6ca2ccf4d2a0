package ps.rasd.analytics;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ps.rasd.analytics.domain.ExportJob;
import ps.rasd.analytics.domain.ExportJobRepository;
import ps.rasd.analytics.internal.ExportRunner;
import ps.rasd.analytics.internal.Exporter;
import ps.rasd.analytics.internal.RequestCheck;
import ps.rasd.analytics.internal.Viewer;
import ps.rasd.shared.AuditTrail;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.CodeList;
import ps.rasd.shared.spi.ExportColumn;
import ps.rasd.shared.sql.ExportDays;
import ps.rasd.shared.spi.ExportQuery;
import ps.rasd.shared.spi.ExportSource;

/**
 * The exports facade: checks a request, runs it as a background job for a signed-in person (progress, download by
 * the owner only, files deleted after {@link AnalyticsProperties#exportRetention()}), or writes a public-tier export
 * straight to a stream. What each person may see is decided by the sources ({@link ExportSource}). Writing an export
 * runs outside any transaction on purpose: the sources read page after page, each page its own short query, so a
 * long export holds neither a connection nor a snapshot between pages.
 */
@Service
public class ExportManagement {

	/** The filters a request may carry, by their parameter names. */
	public static final Set<String> FILTERS = Set.of("governorate", "sector", "from", "to", "hxl");

	private static final List<String> ORDER = List.of("cases", "visits", "facilities");

	private static final Duration STALLED = Duration.ofMinutes(15);

	private static final Set<ExportStatus> UNFINISHED = EnumSet.of(ExportStatus.QUEUED, ExportStatus.RUNNING);

	private final Map<String, ExportSource> sources;

	private final Map<String, CodeList> codeLists;

	private final ExportJobRepository jobs;

	private final ExportRunner runner;

	private final Exporter exporter;

	private final AnalyticsProperties properties;

	private final AuditTrail audit;

	private final Clock clock;

	ExportManagement(List<ExportSource> sources, List<CodeList> codeLists, ExportJobRepository jobs,
			ExportRunner runner, Exporter exporter, AnalyticsProperties properties, AuditTrail audit, Clock clock) {
		this.sources = sources.stream()
			.sorted(Comparator.comparing((ExportSource s) -> ORDER.contains(s.name()) ? ORDER.indexOf(s.name())
					: ORDER.size()).thenComparing(ExportSource::name))
			.collect(Collectors.toMap(ExportSource::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.codeLists = codeLists.stream().collect(Collectors.toMap(CodeList::name, Function.identity()));
		this.jobs = jobs;
		this.runner = runner;
		this.exporter = exporter;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/** The sources by name, with their titles, in the order to show them. */
	public Map<String, LocalizedText> sources() {
		Map<String, LocalizedText> titles = new LinkedHashMap<>();
		sources.forEach((name, source) -> titles.put(name, source.title()));
		return titles;
	}

	/** The columns of a source as the public gets them. */
	public List<ExportColumn> publicColumns(String source) {
		ExportSource found = sources.get(source);
		if (found == null) {
			throw new NotFoundException("analytics.source.unknown", source, String.join(", ", sources.keySet()));
		}
		return found.columns(ExportQuery.publicAll());
	}

	/** A list of codes for the filters ({@link CodeList#GOVERNORATES}, {@link CodeList#SECTORS}), empty if unknown. */
	public Map<String, LocalizedText> codes(String list) {
		CodeList codes = codeLists.get(list);
		return codes == null ? Map.of() : codes.entries();
	}

	/**
	 * Checks a request as it came in: a known source and format, only known filters ({@link #FILTERS}), a governorate
	 * and a sector that exist, days written {@code yyyy-mm-dd} (Arabic-Indic digits too) in order, {@code hxl} yes or
	 * no. Blank filters are no filters. Headers are in English for an English locale, in Arabic otherwise.
	 * @throws InvalidInputException with code {@code analytics.export.invalid} and one error per wrong field
	 */
	public ExportRequest request(String source, String format, Map<String, String> filters, Locale language) {
		return new RequestCheck(sources.keySet(), codes(CodeList.GOVERNORATES), codes(CodeList.SECTORS))
			.check(source, format, filters, language);
	}

	// ---------------------------------------------------------------- jobs

	/**
	 * Queues an export for this person; it runs after the transaction commits, with the person's roles and
	 * governorates as they are now.
	 * @throws ConflictException {@code analytics.job.busy} when the person already has
	 *     {@link AnalyticsProperties#exportsPerPerson()} exports waiting or running
	 */
	@Transactional
	public ExportJobView start(ExportRequest request, RasdPrincipal owner) {
		ExportSource source = source(request);
		if (jobs.countByOwnerIdAndStatusIn(owner.accountId(), UNFINISHED) >= properties.exportsPerPerson()) {
			throw new ConflictException("analytics.job.busy", properties.exportsPerPerson());
		}
		ExportJob job = jobs.saveAndFlush(new ExportJob(request, owner.accountId(), clock.instant()));
		audit.record("export.started", "export", job.getId(), request.governorateCode(), "source=" + request.source()
				+ " format=" + request.format() + (request.sectorCode() == null ? "" : " sector=" + request.sectorCode())
				+ (request.from() == null ? "" : " from=" + request.from())
				+ (request.to() == null ? "" : " to=" + request.to()));
		long id = job.getId();
		ExportQuery query = query(request, Viewer.of(owner));
		Runnable submit = () -> runner.submit(id, source, query, request);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					submit.run();
				}
			});
		}
		else {
			submit.run();
		}
		return job.toView();
	}

	/** One of this person's export jobs. */
	@Transactional(readOnly = true)
	public ExportJobView job(long id, RasdPrincipal owner) {
		return own(id, owner).toView();
	}

	/** This person's last twenty export jobs, newest first. */
	@Transactional(readOnly = true)
	public List<ExportJobView> jobs(RasdPrincipal owner) {
		return jobs.findTop20ByOwnerIdOrderByCreatedAtDescIdDesc(owner.accountId()).stream().map(ExportJob::toView)
			.toList();
	}

	/** The orders of the job list: by the time asked for, newest first (default) or oldest first. */
	public static final ps.rasd.shared.SortOptions JOB_SORTS = ps.rasd.shared.SortOptions.of("-created", "created");

	/**
	 * One page of this person's export jobs (of one status when given) with keyset paging: up to
	 * {@link ps.rasd.shared.CursorRequest#fetchSize()} jobs after the cursor, by the time asked for, then id.
	 */
	@Transactional(readOnly = true)
	public List<ExportJobView> jobs(ExportStatus status, ps.rasd.shared.CursorRequest page, RasdPrincipal owner) {
		org.springframework.data.jpa.domain.Specification<ExportJob> spec = (root, q, cb) -> cb
			.equal(root.get("ownerId"), owner.accountId());
		if (status != null) {
			spec = spec.and((root, q, cb) -> cb.equal(root.get("status"), status));
		}
		if (!page.first()) {
			spec = spec.and((root, q, cb) -> ps.rasd.shared.Keyset.after(cb, root.<Instant>get("createdAt"),
					root.<Long>get("id"), page.afterInstant(), page.afterId(), page.descending()));
		}
		org.springframework.data.domain.Sort sort = org.springframework.data.domain.Sort.by(page.descending()
				? org.springframework.data.domain.Sort.Direction.DESC : org.springframework.data.domain.Sort.Direction.ASC,
				"createdAt", "id");
		return jobs.findBy(spec, q -> q.sortBy(sort).limit(page.fetchSize()).all())
			.stream()
			.map(ExportJob::toView)
			.toList();
	}

	/**
	 * The file of a finished job, for its owner only.
	 * @throws NotFoundException for someone else's job or one that expired
	 * @throws ConflictException {@code analytics.job.not-ready} while it runs, or when it failed
	 */
	@Transactional(readOnly = true)
	public ExportFile file(long id, RasdPrincipal owner) {
		ExportJob job = own(id, owner);
		if (job.getStatus() != ExportStatus.DONE) {
			throw new ConflictException("analytics.job.not-ready");
		}
		Resource file = runner.file(job.getFileName())
			.orElseThrow(() -> new NotFoundException("analytics.job.not-found"));
		return new ExportFile(file, filename(job.getSource(), job.getFormat(), job.getCreatedAt()),
				job.getFormat().mediaType(), job.getFileSize());
	}

	private ExportJob own(long id, RasdPrincipal owner) {
		return jobs.findById(id).filter(j -> owner != null && j.getOwnerId() == owner.accountId())
			.orElseThrow(() -> new NotFoundException("analytics.job.not-found"));
	}

	// ---------------------------------------------------------------- public exports on the spot

	/**
	 * Checks that a public-tier export is small enough to be written on the spot.
	 * @throws DomainException {@code analytics.export.too-large} past {@link AnalyticsProperties#directExportLimit()}
	 */
	public long checkPublic(ExportRequest request) {
		long rows = source(request).count(query(request, null));
		if (rows > properties.directExportLimit()) {
			throw new DomainException("analytics.export.too-large", rows, properties.directExportLimit());
		}
		return rows;
	}

	/** Writes the public tier of a source to the stream as it is read; returns the rows written. */
	public long writePublic(ExportRequest request, OutputStream out) throws IOException {
		return write(request, null, out);
	}

	/**
	 * Writes what this person (or the public, {@code null}) may see to the stream as it is read, without a job;
	 * returns the rows written.
	 */
	public long write(ExportRequest request, RasdPrincipal viewer, OutputStream out) throws IOException {
		return exporter.write(source(request), query(request, Viewer.of(viewer)), request, out, rows -> {
		});
	}

	/** The name to save an export under, e.g. {@code rasd-cases-2026-11-30.csv}. */
	public String filename(ExportRequest request) {
		return filename(request.source(), request.format(), clock.instant());
	}

	private static String filename(String source, ExportFormat format, Instant at) {
		return "rasd-" + source + "-" + at.atZone(ExportDays.ZONE).toLocalDate() + "." + format.extension();
	}

	private ExportSource source(ExportRequest request) {
		ExportSource source = sources.get(request.source());
		if (source == null) {
			throw new NotFoundException("analytics.source.unknown", request.source(),
					String.join(", ", sources.keySet()));
		}
		return source;
	}

	private static ExportQuery query(ExportRequest request, RasdPrincipal viewer) {
		return new ExportQuery(viewer, request.governorateCode(), request.sectorCode(), request.from(), request.to());
	}

	// ---------------------------------------------------------------- housekeeping

	/**
	 * Deletes jobs past their expiry with their files, and fails jobs that stopped moving (a restart) for
	 * {@code 15} minutes and that no thread of this node holds. Returns how many jobs were touched.
	 */
	@Transactional
	public int cleanUp() {
		Instant now = clock.instant();
		List<ExportJob> expired = jobs.findByExpiresAtBefore(now);
		for (ExportJob job : expired) {
			if (job.getFileName() != null) {
				runner.delete(job.getFileName());
			}
		}
		jobs.deleteAll(expired);
		int stalled = 0;
		for (ExportJob job : jobs.findByStatusInAndUpdatedAtBefore(UNFINISHED, now.minus(STALLED))) {
			if (!runner.isActive(job.getId())) {
				stalled += jobs.failed(job.getId(), "analytics.job.interrupted", now,
						now.plus(properties.exportRetention()));
			}
		}
		return expired.size() + stalled;
	}

}
