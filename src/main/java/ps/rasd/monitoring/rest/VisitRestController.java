package ps.rasd.monitoring.rest;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.monitoring.VisitCheck;
import ps.rasd.monitoring.VisitStatus;
import ps.rasd.monitoring.VisitSummary;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.CursorPage;
import ps.rasd.shared.CursorRequest;
import ps.rasd.shared.Paging;
import ps.rasd.shared.RasdPrincipal;

/**
 * Visits as JSON. {@code POST /api/v1/visits} with an {@code Idempotency-Key} header creates (and with
 * {@code "submit": true} submits) a visit; sending the same request again returns the same visit with 200 instead of
 * creating a second one.
 */
@RestController
@RequestMapping(path = "/api/v1/visits", produces = MediaType.APPLICATION_JSON_VALUE)
class VisitRestController {

	private final MonitoringManagement monitoring;

	private final Paging paging;

	VisitRestController(MonitoringManagement monitoring, Paging paging) {
		this.monitoring = monitoring;
		this.paging = paging;
	}

	/**
	 * @param facilityId the facility visited
	 * @param formVersionId the form version answered; the sector's current one when absent
	 * @param answers answers by question name
	 * @param submit whether to submit for review now (otherwise a draft)
	 */
	record NewVisit(@NotNull Long facilityId, Long formVersionId, Map<String, String> answers, boolean submit) {
	}

	/**
	 * The visits the caller may see, one page at a time: {@code cursor} from the previous page, {@code sort} one of
	 * {@code -updated} (default), {@code updated}, {@code reference}, {@code -reference}.
	 */
	@GetMapping
	CursorPage<VisitSummary> list(@RequestParam(required = false) VisitStatus status,
			@RequestParam(required = false) String governorate, @RequestParam(required = false) Long facility,
			@Parameter(description = "The next page's cursor, from the previous page") @RequestParam(required = false) String cursor,
			@Parameter(description = "-updated (default), updated, reference, -reference") @RequestParam(required = false) String sort,
			@Parameter(description = "Page size, 1 to " + MonitoringManagement.MAX_PAGE_SIZE + " (default 50)") @RequestParam(required = false) Integer limit,
			@AuthenticationPrincipal RasdPrincipal actor) {
		Map<String, Object> filters = new java.util.TreeMap<>();
		filters.put("status", status);
		filters.put("governorate", governorate);
		filters.put("facility", facility);
		CursorRequest request = paging.request(cursor, sort, limit, MonitoringManagement.MAX_PAGE_SIZE,
				MonitoringManagement.VISIT_SORTS, filters);
		List<VisitSummary> rows = monitoring.visits(status, governorate, facility, request, actor);
		return paging.page(rows, request, sortKey(request.key()), VisitSummary::id);
	}

	private static java.util.function.Function<VisitSummary, Object> sortKey(String key) {
		return "reference".equals(key) ? VisitSummary::reference : VisitSummary::updatedAt;
	}

	@GetMapping("/{id}")
	VisitSummary visit(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor) {
		return monitoring.visit(id, actor);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<VisitSummary> create(@Valid @RequestBody NewVisit body,
			@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@AuthenticationPrincipal RasdPrincipal actor) {
		if (body.submit() && (key == null || key.isBlank())) {
			throw new DomainException("monitoring.api.key-required");
		}
		Map<String, String> answers = body.answers() == null ? Map.of() : body.answers();
		MonitoringManagement.SavedVisit saved;
		try {
			saved = monitoring.saveNew(body.facilityId(), body.formVersionId(), answers, body.submit(), key, actor);
		}
		catch (DataIntegrityViolationException race) {
			// the same key sent twice at the same moment: the other request made the visit (and committed it); this
			// one goes again and finds it, as a retry would
			saved = monitoring.saveNew(body.facilityId(), body.formVersionId(), answers, body.submit(), key, actor);
		}
		VisitCheck result = saved.check();
		boolean replay = !saved.made();
		if (!result.valid()) {
			throw new InvalidInputException("monitoring.api.invalid-answers", result.errors().values().stream()
				.map(e -> new InvalidInputException.Field(e.question(), e.code(), e.arguments(), e.message()))
				.toList());
		}
		return ResponseEntity.status(replay ? HttpStatus.OK : HttpStatus.CREATED).body(result.visit());
	}
}
