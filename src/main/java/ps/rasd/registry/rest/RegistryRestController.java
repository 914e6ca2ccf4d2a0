package ps.rasd.registry.rest;

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

import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.FacilityQuery;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.IndicatorSummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.registry.SectorSummary;
import ps.rasd.shared.CursorPage;
import ps.rasd.shared.CursorRequest;
import ps.rasd.shared.Paging;

/** The registry as public JSON: sectors, indicators, authorities and facilities. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class RegistryRestController {

	private final RegistryManagement registry;

	private final Paging paging;

	RegistryRestController(RegistryManagement registry, Paging paging) {
		this.registry = registry;
		this.paging = paging;
	}

	@GetMapping("/sectors")
	List<SectorSummary> sectors() {
		return registry.sectors();
	}

	@GetMapping("/indicators")
	List<IndicatorSummary> indicators(@RequestParam(required = false) String sector) {
		return registry.sectors().stream().filter(s -> sector == null || s.code().equals(sector))
			.flatMap(s -> s.indicators().stream()).toList();
	}

	@GetMapping("/authorities")
	List<AuthoritySummary> authorities() {
		return registry.authorities();
	}

	@GetMapping("/authorities/{id}")
	AuthoritySummary authority(@PathVariable long id) {
		return registry.authority(id);
	}

	/**
	 * Facilities one page at a time: {@code cursor} from the previous page, {@code sort} {@code name} (default),
	 * {@code -name}, {@code updated} or {@code -updated}.
	 */
	@GetMapping("/facilities")
	CursorPage<FacilitySummary> facilities(@RequestParam(required = false) String governorate,
			@RequestParam(required = false) String sector, @RequestParam(required = false) String type,
			@RequestParam(required = false) Long authority, @RequestParam(required = false) String q,
			@Parameter(description = "The next page's cursor, from the previous page") @RequestParam(required = false) String cursor,
			@Parameter(description = "name (default), -name, updated, -updated") @RequestParam(required = false) String sort,
			@Parameter(description = "Page size, 1 to " + RegistryManagement.MAX_PAGE_SIZE + " (default 50)") @RequestParam(required = false) Integer limit) {
		Map<String, Object> filters = new TreeMap<>();
		filters.put("governorate", governorate);
		filters.put("sector", sector);
		filters.put("type", type);
		filters.put("authority", authority);
		filters.put("q", q);
		CursorRequest request = paging.request(cursor, sort, limit, RegistryManagement.MAX_PAGE_SIZE,
				RegistryManagement.FACILITY_SORTS, filters);
		List<FacilitySummary> rows = registry.facilities(new FacilityQuery(governorate, sector, type, authority, q),
				request);
		return paging.page(rows, request,
				"updated".equals(request.key()) ? FacilitySummary::updatedAt : f -> f.name().ar(), FacilitySummary::id);
	}

	@GetMapping("/facilities/{id}")
	FacilitySummary facility(@PathVariable long id) {
		return registry.facility(id);
	}
}
