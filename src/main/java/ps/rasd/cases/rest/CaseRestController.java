package ps.rasd.cases.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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

import ps.rasd.cases.ActionInput;
import ps.rasd.cases.CaseAction;
import ps.rasd.cases.CaseEventView;
import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CaseQueue;
import ps.rasd.cases.CaseWorkflow;
import ps.rasd.cases.CaseQuery;
import ps.rasd.cases.CaseSource;
import ps.rasd.cases.CaseStatus;
import ps.rasd.cases.CaseSummary;
import ps.rasd.cases.Filed;
import ps.rasd.cases.NewCase;
import ps.rasd.cases.ReporterDetails;
import ps.rasd.shared.CursorPage;
import ps.rasd.shared.CursorRequest;
import ps.rasd.shared.Paging;
import ps.rasd.shared.RasdPrincipal;

/**
 * Cases as JSON for signed-in staff and partners. {@code POST /api/v1/cases} with an {@code Idempotency-Key} header
 * files a case (the same request again answers 200 with the same case); transitions are posted with the version
 * read, and an invalid transition or a stale version answers 409. The reporter's identity is never in a response.
 */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseRestController {

	private final CaseIntake cases;

	private final CaseQueue queue;

	private final CaseWorkflow workflow;

	private final Paging paging;

	CaseRestController(CaseIntake cases, CaseQueue queue, CaseWorkflow workflow, Paging paging) {
		this.cases = cases;
		this.queue = queue;
		this.workflow = workflow;
		this.paging = paging;
	}

	/**
	 * @param name may be {@code null}
	 * @param phone may be {@code null}
	 * @param email may be {@code null}
	 * @param anonymous whether the reporter asks to stay anonymous
	 * @param wantsUpdates whether the reporter wants e-mail updates
	 * @param language {@code ar} (default) or {@code en}
	 */
	record Reporter(String name, String phone, String email, Boolean anonymous, Boolean wantsUpdates,
			String language) {
	}

	/**
	 * A new case.
	 *
	 * @param title a short title
	 * @param description what happened
	 * @param governorateCode PCBS code
	 * @param placeId locality id, optional
	 * @param facilityId facility id, optional
	 * @param sectorCode sector code (unless a facility is given)
	 * @param latitude optional
	 * @param longitude optional
	 * @param reporter on whose behalf, optional (sealed)
	 */
	record NewCaseBody(String title, String description, String governorateCode, Long placeId, Long facilityId,
			String sectorCode, Double latitude, Double longitude, Reporter reporter) {
	}

	/**
	 * A transition.
	 *
	 * @param action what to do
	 * @param version the version of the case read
	 * @param authorityId REFER: the unit (the suggested one when absent)
	 * @param dueOn REFER, ESCALATE: the due date
	 * @param duplicateOf MARK_DUPLICATE: the original's reference
	 * @param scheduledFor REPLY_SCHEDULED: the date
	 * @param responsibleNamed REPLY_NOT_RESPONSIBLE: who is
	 * @param internalNote for staff
	 * @param publicNote for everyone once published
	 */
	record Transition(@NotNull CaseAction action, @NotNull Long version, Long authorityId, LocalDate dueOn,
			String duplicateOf, LocalDate scheduledFor, String responsibleNamed, String internalNote,
			String publicNote) {
	}

	/**
	 * A case with its timeline and the actions open to the caller.
	 *
	 * @param summary the case
	 * @param timeline its steps
	 * @param actions what the caller may do now
	 */
	record CaseView(CaseSummary summary, List<CaseEventView> timeline, List<CaseAction> actions) {
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CaseSummary> create(@RequestBody NewCaseBody body,
			@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@AuthenticationPrincipal RasdPrincipal actor) {
		Reporter r = body.reporter();
		ReporterDetails reporter = r == null ? null : new ReporterDetails(r.name(), r.phone(), r.email(),
				Boolean.TRUE.equals(r.anonymous()), Boolean.TRUE.equals(r.wantsUpdates()), "en".equals(r.language()) ? "en" : "ar");
		Filed filed;
		try {
			filed = cases.file(new NewCase(body.title(), body.description(), body.governorateCode(), body.placeId(),
					body.facilityId(), body.sectorCode(), body.latitude(), body.longitude()), reporter, CaseSource.API,
					key, actor);
		}
		catch (DataIntegrityViolationException race) {
			// the same key sent twice at the same moment: the other request filed the case, this one answers with it
			filed = cases.filedWith(key, actor).map(summary -> new Filed(summary, null)).orElseThrow(() -> race);
		}
		return ResponseEntity.status(filed.trackingToken() == null ? HttpStatus.OK : HttpStatus.CREATED)
			.location(URI.create("/api/v1/cases/" + filed.summary().reference()))
			.body(filed.summary());
	}

	/**
	 * The cases the caller may see, one page at a time: {@code cursor} from the previous page's {@code next} (or
	 * follow its {@code Link} header), {@code sort} one of {@code -reported} (default), {@code reported},
	 * {@code -updated}, {@code updated}, {@code reference}, {@code -reference}; {@code oldest=true} is the old spelling
	 * of {@code sort=reported}.
	 */
	@GetMapping
	CursorPage<CaseSummary> list(@RequestParam(required = false) List<CaseStatus> status,
			@RequestParam(required = false) String governorate, @RequestParam(required = false) String sector,
			@RequestParam(required = false) Long authority, @RequestParam(required = false) @Min(0) Integer minAge,
			@RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "false") boolean oldest,
			@Parameter(description = "The next page's cursor, from the previous page") @RequestParam(required = false) String cursor,
			@Parameter(description = "-reported (default), reported, -updated, updated, reference, -reference") @RequestParam(required = false) String sort,
			@Parameter(description = "Page size, 1 to " + CaseQueue.MAX_PAGE_SIZE + " (default 50)") @RequestParam(required = false) Integer limit,
			@AuthenticationPrincipal RasdPrincipal actor) {
		// a blank value (a NUL or spaces, trimmed away by the conversion) names no status: it filters nothing
		Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
		if (status != null) {
			status.stream().filter(java.util.Objects::nonNull).forEach(statuses::add);
		}
		Map<String, Object> filters = new TreeMap<>();
		filters.put("status", new java.util.TreeSet<>(statuses));
		filters.put("governorate", governorate);
		filters.put("sector", sector);
		filters.put("authority", authority);
		filters.put("minAge", minAge);
		filters.put("overdue", overdue);
		String order = sort == null && oldest ? "reported" : sort;
		CursorRequest request = paging.request(cursor, order, limit, CaseQueue.MAX_PAGE_SIZE,
				CaseQueue.SORTS, filters);
		List<CaseSummary> rows = queue.list(new CaseQuery(statuses, governorate, sector, authority, minAge, overdue,
				false), request, actor);
		return paging.page(rows, request, sortKey(request.key()), CaseSummary::id);
	}

	private static Function<CaseSummary, Object> sortKey(String key) {
		if ("updated".equals(key)) {
			return CaseSummary::updatedAt;
		}
		return "reference".equals(key) ? CaseSummary::reference : CaseSummary::createdAt;
	}

	@GetMapping("/{reference}")
	CaseView read(@PathVariable String reference, @AuthenticationPrincipal RasdPrincipal actor) {
		return new CaseView(queue.byReference(reference, actor), queue.timeline(reference, actor),
				workflow.actions(reference, actor));
	}

	@PostMapping(path = "/{reference}/transitions", consumes = MediaType.APPLICATION_JSON_VALUE)
	CaseSummary transition(@PathVariable String reference, @Valid @RequestBody Transition body,
			@AuthenticationPrincipal RasdPrincipal actor) {
		return workflow.act(reference, body.action(), body.version(), new ActionInput(body.authorityId(), body.dueOn(),
				body.duplicateOf(), body.scheduledFor(), body.responsibleNamed(), body.internalNote(),
				body.publicNote()), actor);
	}
}
