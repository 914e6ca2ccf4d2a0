package ps.rasd.registry.rest;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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
import ps.rasd.shared.PageResult;

/** The registry as public JSON: sectors, indicators, authorities and facilities. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class RegistryRestController {

	private final RegistryManagement registry;

	RegistryRestController(RegistryManagement registry) {
		this.registry = registry;
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

	@GetMapping("/facilities")
	PageResult<FacilitySummary> facilities(@RequestParam(required = false) String governorate,
			@RequestParam(required = false) String sector, @RequestParam(required = false) String type,
			@RequestParam(required = false) Long authority, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(RegistryManagement.MAX_PAGE_SIZE) int size) {
		return registry.facilities(new FacilityQuery(governorate, sector, type, authority, q), page, size);
	}

	@GetMapping("/facilities/{id}")
	FacilitySummary facility(@PathVariable long id) {
		return registry.facility(id);
	}
}
