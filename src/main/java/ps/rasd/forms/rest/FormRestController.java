package ps.rasd.forms.rest;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ps.rasd.forms.FormVersionSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.forms.VersionStatus;
import ps.rasd.shared.CursorPage;
import ps.rasd.shared.CursorRequest;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.Paging;
import ps.rasd.shared.SortOptions;

/** Published form definitions as JSON, for clients that fill visits. Drafts are not served. */
@RestController
@RequestMapping(path = "/api/v1/forms", produces = MediaType.APPLICATION_JSON_VALUE)
class FormRestController {

	private final FormsManagement forms;

	private final Paging paging;

	FormRestController(FormsManagement forms, Paging paging) {
		this.forms = forms;
		this.paging = paging;
	}

	/** The orders of the list: by form code (default) or by the day published, either way. */
	static final SortOptions SORTS = SortOptions.of("code", "-code", "-published", "published");

	/**
	 * The versions that can be answered now, optionally for one sector, one page at a time: {@code cursor} from the
	 * previous page, {@code sort} {@code code} (default), {@code -code}, {@code -published} or {@code published}.
	 */
	@GetMapping
	CursorPage<FormVersionSummary> answerable(@RequestParam(required = false) String sector,
			@Parameter(description = "The next page's cursor, from the previous page") @RequestParam(required = false) String cursor,
			@Parameter(description = "code (default), -code, -published, published") @RequestParam(required = false) String sort,
			@Parameter(description = "Page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit) {
		Map<String, Object> filters = new TreeMap<>();
		filters.put("sector", sector);
		CursorRequest request = paging.request(cursor, sort, limit, 200, SORTS, filters);
		Function<FormVersionSummary, Object> key = "published".equals(request.key())
				? FormVersionSummary::publishedAt : FormVersionSummary::formCode;
		return paging.page(paging.slice(forms.answerable(sector), request, key, FormVersionSummary::id), request, key,
				FormVersionSummary::id);
	}

	/** A published or retired version by id (what a visit answered). */
	@GetMapping("/{versionId}")
	FormVersionSummary version(@PathVariable long versionId) {
		FormVersionSummary version = forms.version(versionId);
		if (version.status() == VersionStatus.DRAFT) {
			throw new NotFoundException("forms.version.not-found");
		}
		return version;
	}
}
