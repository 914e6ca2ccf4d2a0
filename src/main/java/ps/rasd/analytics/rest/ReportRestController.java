package ps.rasd.analytics.rest;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ps.rasd.analytics.ExportManagement;
import ps.rasd.analytics.ReportJobView;
import ps.rasd.analytics.ReportManagement;
import ps.rasd.analytics.ReportRequest;
import ps.rasd.shared.CursorPage;
import ps.rasd.shared.CursorRequest;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.Paging;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.CodeList;

/**
 * Periodic monitoring reports as JSON, for the same people as the reports page (staff, not partners): ask for one
 * ({@code POST}, answered 202 with the job and its {@code Location}), list the reports kept (cursor paging), follow a
 * job's progress, download its PDF once done.
 */
@RestController
@RequestMapping("/api/v1/reports")
class ReportRestController {

	private static final Set<String> FIELDS = Set.of("from", "to", "governorate", "sector", "language");

	private final ReportManagement reports;

	private final ExportManagement exports;

	private final MessageSource messages;

	private final Paging paging;

	ReportRestController(ReportManagement reports, ExportManagement exports, MessageSource messages, Paging paging) {
		this.reports = reports;
		this.exports = exports;
		this.messages = messages;
		this.paging = paging;
	}

	/**
	 * A report asked for.
	 *
	 * @param id the job
	 * @param from first day of the period
	 * @param to last day of the period
	 * @param governorate the governorate (PCBS code), or {@code null} for all
	 * @param sector the sector code, or {@code null} for all
	 * @param language {@code ar} or {@code en}
	 * @param status QUEUED, RUNNING, DONE or FAILED
	 * @param statusText the status in the asked language
	 * @param percent progress, 0 to 100
	 * @param finished whether it will not change any more
	 * @param error why it failed, in the asked language, or {@code null}
	 * @param size bytes of the PDF once done
	 * @param createdAt when it was asked for
	 * @param finishedAt when it was done or failed
	 * @param downloadUrl where to download the PDF once done
	 */
	record ReportResource(long id, LocalDate from, LocalDate to, String governorate, String sector, String language,
			String status, String statusText, int percent, boolean finished, String error, long size,
			Instant createdAt, Instant finishedAt, String downloadUrl) {
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ReportResource> request(@RequestBody Map<String, Object> body,
			@AuthenticationPrincipal RasdPrincipal actor, Locale locale) {
		ReportJobView job = reports.request(check(body), actor);
		return ResponseEntity.accepted().location(URI.create("/api/v1/reports/" + job.id()))
			.body(resource(job, locale));
	}

	/**
	 * The reports kept, one page at a time: {@code cursor} from the previous page, {@code sort} {@code -created}
	 * (default) or {@code created}.
	 */
	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	CursorPage<ReportResource> list(
			@Parameter(description = "The next page's cursor, from the previous page") @RequestParam(required = false) String cursor,
			@Parameter(description = "-created (default), created") @RequestParam(required = false) String sort,
			@Parameter(description = "Page size, 1 to 100 (default 50)") @RequestParam(required = false) Integer limit,
			@AuthenticationPrincipal RasdPrincipal actor, Locale locale) {
		CursorRequest request = paging.request(cursor, sort, limit, 100, ReportManagement.SORTS, Map.of());
		CursorPage<ReportJobView> page = paging.page(reports.page(request, actor), request, ReportJobView::createdAt,
				ReportJobView::id);
		return new CursorPage<>(page.items().stream().map(j -> resource(j, locale)).toList(), page.limit(),
				page.sort(), page.next(), null);
	}

	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ReportResource job(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Locale locale) {
		return resource(reports.job(id, actor), locale);
	}

	@GetMapping(path = "/{id}.pdf", produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor) {
		byte[] pdf = reports.file(id, actor);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("rasd-report-" + id + ".pdf").build().toString())
			.body(pdf);
	}

	private ReportRequest check(Map<String, Object> body) {
		List<InvalidInputException.Field> errors = new ArrayList<>();
		String known = String.join(", ", new java.util.TreeSet<>(FIELDS));
		new TreeMap<>(body).keySet().stream().filter(k -> !FIELDS.contains(k)).forEach(k -> errors
			.add(new InvalidInputException.Field(k, "analytics.filter.unknown", List.of(k, known), null)));
		LocalDate from = day(body.get("from"), "from", errors);
		LocalDate to = day(body.get("to"), "to", errors);
		String governorate = code(body.get("governorate"), CodeList.GOVERNORATES, "governorate",
				"analytics.filter.governorate-unknown", errors);
		String sector = code(body.get("sector"), CodeList.SECTORS, "sector", "analytics.filter.sector-unknown", errors);
		String language = text(body.get("language"));
		if (language != null && !language.equals("ar") && !language.equals("en")) {
			errors.add(new InvalidInputException.Field("language", "analytics.report.language-unknown",
					List.of(language), null));
		}
		if (from != null && to != null && from.isAfter(to)) {
			errors.add(new InvalidInputException.Field("to", "analytics.filter.dates-reversed",
					List.of(from.toString(), to.toString()), null));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("analytics.report.invalid", errors);
		}
		return new ReportRequest(from, to, governorate, sector, language == null ? "ar" : language);
	}

	private static LocalDate day(Object value, String field, List<InvalidInputException.Field> errors) {
		String text = text(value);
		if (text == null) {
			errors.add(new InvalidInputException.Field(field, "request.parameter.missing", List.of(field), null));
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			errors.add(new InvalidInputException.Field(field, "analytics.filter.date-malformed", List.of(text), null));
			return null;
		}
	}

	private String code(Object value, String list, String field, String message,
			List<InvalidInputException.Field> errors) {
		String text = text(value);
		if (text != null && !exports.codes(list).containsKey(text)) {
			errors.add(new InvalidInputException.Field(field, message, List.of(text), null));
		}
		return text;
	}

	private static String text(Object value) {
		return value == null || value.toString().isBlank() ? null : value.toString().strip();
	}

	private ReportResource resource(ReportJobView job, Locale locale) {
		ReportRequest r = job.request();
		boolean done = job.status() == ps.rasd.analytics.ExportStatus.DONE;
		return new ReportResource(job.id(), r.from(), r.to(), r.governorateCode(), r.sectorCode(), r.language(),
				job.status().name(), messages.getMessage("analytics.status." + job.status(), null, locale),
				job.percent(), job.status().finished(),
				job.errorCode() == null ? null : messages.getMessage(job.errorCode(), null, job.errorCode(), locale),
				job.size(), job.createdAt(), job.finishedAt(), done ? "/api/v1/reports/" + job.id() + ".pdf" : null);
	}
}
