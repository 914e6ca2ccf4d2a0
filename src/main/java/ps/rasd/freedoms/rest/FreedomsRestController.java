package ps.rasd.freedoms.rest;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ps.rasd.freedoms.EventFilter;
import ps.rasd.freedoms.EventStatus;
import ps.rasd.freedoms.EventSummary;
import ps.rasd.freedoms.EventView;
import ps.rasd.freedoms.FigureFilter;
import ps.rasd.freedoms.Figures;
import ps.rasd.freedoms.FreedomsFigures;
import ps.rasd.freedoms.FreedomsManagement;
import ps.rasd.freedoms.FreedomsPublication;
import ps.rasd.freedoms.PublishedEvent;
import ps.rasd.shared.PageResult;
import ps.rasd.shared.RasdPrincipal;

/**
 * Freedoms documentation as JSON for staff with tokens: the documenter's events (never sealed identities: those are
 * read only on the audited page), the figures, and the published copies the caller reads. Errors are RFC 9457
 * problem details.
 */
@RestController
@RequestMapping(path = "/api/v1/freedoms", produces = MediaType.APPLICATION_JSON_VALUE)
class FreedomsRestController {

	private final FreedomsManagement freedoms;

	private final FreedomsPublication publication;

	private final FreedomsFigures figures;

	FreedomsRestController(FreedomsManagement freedoms, FreedomsPublication publication, FreedomsFigures figures) {
		this.freedoms = freedoms;
		this.publication = publication;
		this.figures = figures;
	}

	/** The events the caller documents, newest first. */
	@GetMapping("/events")
	PageResult<EventSummary> events(@RequestParam(required = false) String governorate,
			@RequestParam(required = false) EventStatus status, @RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@AuthenticationPrincipal RasdPrincipal actor) {
		return freedoms.list(new EventFilter(governorate, status, type, from, to), page, size, actor);
	}

	/** One event in full (404 for anyone who does not document it). */
	@GetMapping("/events/{reference}")
	EventView event(@PathVariable String reference, @AuthenticationPrincipal RasdPrincipal actor) {
		return freedoms.event(reference, actor);
	}

	/** The figures of the caller's events, in full. */
	@GetMapping("/figures")
	Figures figures(@RequestParam(required = false) String governorate, @RequestParam(required = false) String type,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@AuthenticationPrincipal RasdPrincipal actor) {
		return figures.internal(new FigureFilter(governorate, type, from, to), actor);
	}

	/** The published copies the caller reads. */
	@GetMapping("/published")
	PageResult<PublishedEvent> published(@RequestParam(required = false) String governorate,
			@RequestParam(required = false) String type, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal RasdPrincipal actor) {
		return publication.publishedList(governorate, type, page, size, actor);
	}

	/** One published copy. */
	@GetMapping("/published/{reference}")
	PublishedEvent publishedCopy(@PathVariable String reference, @AuthenticationPrincipal RasdPrincipal actor) {
		return publication.published(reference, actor);
	}
}
