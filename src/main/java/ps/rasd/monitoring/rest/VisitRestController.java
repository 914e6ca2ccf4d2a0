package ps.rasd.monitoring.rest;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

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
import ps.rasd.shared.PageResult;
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

	VisitRestController(MonitoringManagement monitoring) {
		this.monitoring = monitoring;
	}

	/**
	 * @param facilityId the facility visited
	 * @param formVersionId the form version answered; the sector's current one when absent
	 * @param answers answers by question name
	 * @param submit whether to submit for review now (otherwise a draft)
	 */
	record NewVisit(@NotNull Long facilityId, Long formVersionId, Map<String, String> answers, boolean submit) {
	}

	@GetMapping
	PageResult<VisitSummary> list(@RequestParam(required = false) VisitStatus status,
			@RequestParam(required = false) String governorate, @RequestParam(required = false) Long facility,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(MonitoringManagement.MAX_PAGE_SIZE) int size,
			@AuthenticationPrincipal RasdPrincipal actor) {
		return monitoring.visits(status, governorate, facility, page, size, actor);
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
		boolean replay = monitoring.visitByKey(key, actor).isPresent();
		VisitCheck result;
		Map<String, String> answers = body.answers() == null ? Map.of() : body.answers();
		if (body.submit()) {
			result = monitoring.submitNew(body.facilityId(), body.formVersionId(), answers, key, actor);
		}
		else {
			VisitSummary draft = monitoring.start(body.facilityId(), body.formVersionId(), key, actor);
			result = draft.status().editable() ? monitoring.saveDraft(draft.id(), answers, actor)
					: new VisitCheck(monitoring.visit(draft.id(), actor), Map.of(), java.util.Set.of());
		}
		if (!result.valid()) {
			throw new InvalidInputException("monitoring.api.invalid-answers", result.errors().values().stream()
				.map(e -> new InvalidInputException.Field(e.question(), e.code(), e.arguments(), e.message()))
				.toList());
		}
		return ResponseEntity.status(replay ? HttpStatus.OK : HttpStatus.CREATED).body(result.visit());
	}
}
