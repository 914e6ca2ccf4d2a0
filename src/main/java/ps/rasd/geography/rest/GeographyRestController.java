package ps.rasd.geography.rest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;


import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.geography.PlaceSummary;
import ps.rasd.shared.CursorPage;
import ps.rasd.shared.CursorRequest;
import ps.rasd.shared.Paging;

/** Public JSON of governorates and places. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class GeographyRestController {

	private final GeographyManagement geography;

	private final Paging paging;

	GeographyRestController(GeographyManagement geography, Paging paging) {
		this.geography = geography;
		this.paging = paging;
	}

	@GetMapping("/governorates")
	List<GovernorateSummary> governorates() {
		return geography.governorates();
	}

	@GetMapping("/governorates/{code}")
	GovernorateSummary governorate(@PathVariable String code) {
		return geography.requireGovernorate(code);
	}

	/**
	 * Places one page at a time: {@code cursor} from the previous page, {@code sort} {@code name} (default) or
	 * {@code -name}.
	 */
	@GetMapping("/places")
	CursorPage<PlaceSummary> places(@RequestParam(required = false) String governorate,
			@RequestParam(required = false) String q,
			@Parameter(description = "The next page's cursor, from the previous page") @RequestParam(required = false) String cursor,
			@Parameter(description = "name (default), -name") @RequestParam(required = false) String sort,
			@Parameter(description = "Page size, 1 to " + GeographyManagement.MAX_PAGE_SIZE + " (default 50)") @RequestParam(required = false) Integer limit) {
		if (governorate != null && !governorate.isBlank()) {
			geography.requireGovernorate(governorate);
		}
		Map<String, Object> filters = new TreeMap<>();
		filters.put("governorate", governorate);
		filters.put("q", q);
		CursorRequest request = paging.request(cursor, sort, limit, GeographyManagement.MAX_PAGE_SIZE,
				GeographyManagement.PLACE_SORTS, filters);
		return paging.page(geography.places(governorate, q, request), request, p -> p.name().ar(), PlaceSummary::id);
	}
}
