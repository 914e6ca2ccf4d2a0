package ps.rasd.geography.rest;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.geography.PlaceSummary;
import ps.rasd.shared.PageResult;

/** Public JSON of governorates and places. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class GeographyRestController {

	private final GeographyManagement geography;

	GeographyRestController(GeographyManagement geography) {
		this.geography = geography;
	}

	@GetMapping("/governorates")
	List<GovernorateSummary> governorates() {
		return geography.governorates();
	}

	@GetMapping("/governorates/{code}")
	GovernorateSummary governorate(@PathVariable String code) {
		return geography.requireGovernorate(code);
	}

	@GetMapping("/places")
	PageResult<PlaceSummary> places(@RequestParam(required = false) String governorate,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(GeographyManagement.MAX_PAGE_SIZE) int size) {
		if (governorate != null && !governorate.isBlank()) {
			geography.requireGovernorate(governorate);
		}
		return geography.places(governorate, q, page, size);
	}
}
