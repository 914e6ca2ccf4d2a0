package ps.rasd.analytics.rest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ps.rasd.analytics.ExportJobView;
import ps.rasd.analytics.ExportManagement;
import ps.rasd.analytics.ExportRequest;
import ps.rasd.analytics.ExportStatus;
import ps.rasd.shared.CursorPage;
import ps.rasd.shared.CursorRequest;
import ps.rasd.shared.Paging;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.ExportColumn;

/**
 * Exports as JSON: the sources and their columns, starting a job ({@code POST}, signed in), a job's status (what the
 * progress bar polls), and public-tier downloads on the spot. Errors are RFC 9457 problem details.
 */
@RestController
@RequestMapping("/api/v1/exports")
class ExportRestController {

	private final ExportManagement exports;

	private final MessageSource messages;

	private final Paging paging;

	ExportRestController(ExportManagement exports, MessageSource messages, Paging paging) {
		this.exports = exports;
		this.messages = messages;
		this.paging = paging;
	}

	@GetMapping("/sources")
	List<SourceResource> sources(Locale locale) {
		return exports.sources().entrySet().stream()
			.map(e -> new SourceResource(e.getKey(), e.getValue().in(locale), exports.publicColumns(e.getKey()).stream()
				.map(c -> new ColumnResource(c.key(), c.header(locale), c.hxl(), c.type())).toList()))
			.toList();
	}

	@PostMapping
	ResponseEntity<JobResource> start(@RequestBody Map<String, Object> body,
			@AuthenticationPrincipal RasdPrincipal actor, Locale locale) {
		Map<String, String> filters = new LinkedHashMap<>();
		body.forEach((name, value) -> {
			if (!name.equals("source") && !name.equals("format")) {
				filters.put(name, value == null ? null : value.toString());
			}
		});
		ExportRequest request = exports.request(text(body.get("source")), text(body.get("format")), filters, locale);
		ExportJobView job = exports.start(request, actor);
		return ResponseEntity.accepted().location(URI.create("/api/v1/exports/jobs/" + job.id()))
			.body(resource(job, locale));
	}

	/**
	 * The caller's export jobs, one page at a time: {@code cursor} from the previous page, {@code sort}
	 * {@code -created} (default) or {@code created}, {@code status} to keep one status.
	 */
	@GetMapping("/jobs")
	CursorPage<JobResource> jobs(@RequestParam(required = false) ExportStatus status,
			@Parameter(description = "The next page's cursor, from the previous page") @RequestParam(required = false) String cursor,
			@Parameter(description = "-created (default), created") @RequestParam(required = false) String sort,
			@Parameter(description = "Page size, 1 to 100 (default 50)") @RequestParam(required = false) Integer limit,
			@AuthenticationPrincipal RasdPrincipal actor, Locale locale) {
		Map<String, Object> filters = new java.util.TreeMap<>();
		filters.put("status", status);
		CursorRequest request = paging.request(cursor, sort, limit, 100, ExportManagement.JOB_SORTS, filters);
		CursorPage<ExportJobView> page = paging.page(exports.jobs(status, request, actor), request,
				ExportJobView::createdAt, ExportJobView::id);
		return new CursorPage<>(page.items().stream().map(j -> resource(j, locale)).toList(), page.limit(),
				page.sort(), page.next(), null);
	}

	@GetMapping("/jobs/{id}")
	JobResource job(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Locale locale) {
		return resource(exports.job(id, actor), locale);
	}

	@GetMapping("/{source}.{format}")
	void direct(@PathVariable String source, @PathVariable String format,
			@RequestParam MultiValueMap<String, String> parameters, Locale locale, HttpServletResponse response)
			throws IOException {
		Map<String, String> filters = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (!name.equals("lang")) {
				filters.put(name, values.isEmpty() ? null : values.get(0));
			}
		});
		ExportRequest request = exports.request(source, format, filters, locale);
		long rows = exports.checkPublic(request);
		response.setContentType(request.format().mediaType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(exports.filename(request), StandardCharsets.UTF_8).build().toString());
		response.setHeader("X-Export-Rows", String.valueOf(rows));
		exports.writePublic(request, response.getOutputStream());
	}

	private JobResource resource(ExportJobView job, Locale locale) {
		String progress = job.totalEstimate() == null
				? messages.getMessage("analytics.job.waiting", null, locale)
				: messages.getMessage("analytics.job.progress", new Object[] { job.rowsWritten(), job.totalEstimate() },
						locale);
		return new JobResource(job.id(), job.source(), job.format().extension(), job.status().name(),
				messages.getMessage("analytics.status." + job.status(), null, locale), job.rowsWritten(),
				job.totalEstimate(), job.percent(), progress, job.status().finished(),
				job.downloadable() ? "/exports/jobs/" + job.id() + "/file" : null);
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	/**
	 * A source of exports.
	 *
	 * @param name its name in URLs
	 * @param title its title in the asked language
	 * @param columns its columns as the public gets them
	 */
	record SourceResource(String name, String title, List<ColumnResource> columns) {
	}

	/**
	 * A column.
	 *
	 * @param key its key (GeoJSON property name)
	 * @param header its header in the asked language
	 * @param hxl its HXL hashtag, or {@code null}
	 * @param type what its values are
	 */
	record ColumnResource(String key, String header, String hxl, ExportColumn.Type type) {
	}

	/**
	 * A job's status, as the progress bar reads it.
	 *
	 * @param id the job
	 * @param source the source's name
	 * @param format the file format
	 * @param status QUEUED, RUNNING, DONE or FAILED
	 * @param statusText the status in the asked language
	 * @param rowsWritten rows written so far
	 * @param totalEstimate rows expected, {@code null} while queued
	 * @param percent 0 to 100, {@code null} while unknown
	 * @param progressText the progress in words, in the asked language
	 * @param finished whether it will not change any more
	 * @param downloadUrl where to download the file once done
	 */
	record JobResource(long id, String source, String format, String status, String statusText, long rowsWritten,
			Long totalEstimate, Integer percent, String progressText, boolean finished, String downloadUrl) {
	}
}
