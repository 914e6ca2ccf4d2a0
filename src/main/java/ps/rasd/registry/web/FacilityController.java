package ps.rasd.registry.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.PlaceSummary;
import ps.rasd.registry.FacilityDetails;
import ps.rasd.registry.FacilityQuery;
import ps.rasd.registry.FacilityStatus;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.ImportReport;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.Formats;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.PageLinks;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.FacilityPageSection;

/** Facilities: the filtered list, a facility's page, the form to create or change one, CSV import and export. */
@Controller
@RequestMapping("/facilities")
class FacilityController {

	static final double PLACE_KM = 15;

	static final double FACILITY_KM = 5;

	static final int NEARBY = 5;

	private static final int PAGE_SIZE = 50;

	private static final Map<String, String> FIELD_OF = Map.of("registry.facility.type-unknown", "typeCode",
			"registry.facility.authority-unknown", "authorityId", "registry.facility.coordinates-invalid", "latitude",
			"registry.facility.place-outside", "place", "geography.governorate.not-found", "governorateCode");

	private final RegistryManagement registry;

	private final GeographyManagement geography;

	private final List<FacilityPageSection> sections;

	private final ReferenceModel referenceModel;

	FacilityController(RegistryManagement registry, GeographyManagement geography, List<FacilityPageSection> sections,
			ReferenceModel referenceModel) {
		this.referenceModel = referenceModel;
		this.registry = registry;
		this.geography = geography;
		this.sections = sections;
	}

	@GetMapping
	String list(@RequestParam(required = false) String governorate, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String type, @RequestParam(required = false) Long authority,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		var query = new FacilityQuery(governorate, sector, type, authority, q);
		model.addAttribute("query", query);
		model.addAttribute("facilities", registry.facilities(query, page, PAGE_SIZE));
		model.addAttribute("pagePrefix", PageLinks.prefix("/facilities", "governorate", governorate, "sector", sector,
				"type", type, "authority", authority, "q", q));
		model.addAttribute("exportUrl", PageLinks.prefix("/facilities/export.csv", "governorate", governorate,
				"sector", sector, "type", type, "authority", authority, "q", q).replaceAll("[?&]page=$", ""));
		reference(model);
		return "registry/facilities";
	}

	/**
	 * What lies near a point, for the "use my location" and map pickers of the complaint and visit forms: the place
	 * proposed for it (the nearest locality within {@value #PLACE_KM} km, with its governorate) and the open facilities
	 * within {@value #FACILITY_KM} km, nearest first. The point is not kept; a point outside Palestine finds nothing.
	 */
	@GetMapping(path = "/near", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> near(@RequestParam double lat, @RequestParam double lon, Locale locale) {
		Map<String, Object> result = new LinkedHashMap<>();
		if (lat < 29.4 || lat > 33.4 || lon < 34.2 || lon > 35.6) {
			result.put("place", null);
			result.put("facilities", List.of());
			return result;
		}
		result.put("place", geography.nearestPlace(lat, lon, PLACE_KM).map(p -> {
			Map<String, Object> place = new LinkedHashMap<>();
			place.put("id", p.id());
			place.put("name", p.name().in(locale));
			place.put("governorate", p.governorateCode());
			place.put("governorateName", geography.requireGovernorate(p.governorateCode()).name().in(locale));
			return place;
		}).orElse(null));
		Formats formats = Formats.of(locale);
		result.put("facilities", registry.nearestFacilities(lat, lon, FACILITY_KM, NEARBY).stream().map(n -> {
			Map<String, Object> facility = new LinkedHashMap<>();
			facility.put("id", n.facility().id());
			facility.put("name", n.facility().name().in(locale));
			facility.put("sector", n.facility().sectorCode());
			facility.put("governorate", n.facility().governorateCode());
			facility.put("km", Math.round(n.km() * 10) / 10.0);
			facility.put("distance", formats.decimal(n.km(), 1));
			return facility;
		}).toList());
		return result;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Locale locale, Model model) {
		FacilitySummary facility = registry.facility(id);
		model.addAttribute("facility", facility);
		model.addAttribute("authorityPath", registry.authorityPath(facility.authorityId()));
		model.addAttribute("place", facility.placeId() == null ? null : geography.place(facility.placeId()).orElse(null));
		model.addAttribute("governorate", geography.requireGovernorate(facility.governorateCode()));
		model.addAttribute("canEdit", actor != null && actor.manages(facility.governorateCode()));
		model.addAttribute("sections", sections.stream().map(s -> s.render(facility.id(), actor, locale)).toList());
		reference(model);
		return "registry/facility";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		String governorate = actor.governorateCodes().stream().sorted().findFirst().orElse("");
		return form(model, FacilityForm.empty(governorate), null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") FacilityForm form, BindingResult errors,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		Long placeId = place(form, errors);
		if (!errors.hasErrors()) {
			try {
				FacilitySummary created = registry.createFacility(details(form, placeId), actor);
				redirect.addFlashAttribute("flash", "registry.facility.created");
				return "redirect:/facilities/" + created.id();
			}
			catch (DomainException ex) {
				reject(errors, ex);
			}
		}
		return form(model, form, null);
	}

	/** The edit form, for those who may save it only (the coordinators of its governorate, administrators). */
	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		FacilitySummary facility = registry.facility(id);
		if (actor == null || !actor.manages(facility.governorateCode())) {
			throw new ForbiddenException("registry.forbidden");
		}
		String placeName = facility.placeId() == null ? ""
				: geography.place(facility.placeId()).map(p -> p.name().ar()).orElse("");
		return form(model, FacilityForm.of(facility, placeName), facility);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") FacilityForm form, BindingResult errors,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		FacilitySummary facility = registry.facility(id);
		Long placeId = place(form, errors);
		if (!errors.hasErrors()) {
			try {
				registry.updateFacility(id, form.version() == null ? -1 : form.version(), details(form, placeId), actor);
				redirect.addFlashAttribute("flash", "registry.facility.saved");
				return "redirect:/facilities/" + id;
			}
			catch (ConflictException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				errors.reject(ex.code());
			}
			catch (DomainException ex) {
				reject(errors, ex);
			}
		}
		return form(model, form, facility);
	}

	@GetMapping("/import")
	String importForm() {
		return "registry/facility-import";
	}

	@PostMapping("/import")
	String importFile(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal RasdPrincipal actor,
			Model model, RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		ImportReport report;
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			report = registry.importFacilities(reader, actor);
		}
		if (report.succeeded()) {
			redirect.addFlashAttribute("flash", "registry.import.done");
			redirect.addFlashAttribute("imported", report.imported());
			return "redirect:/facilities";
		}
		// nothing was imported: the file is refused, with the report of what is wrong in it
		response.setStatus(422);
		model.addAttribute("report", report);
		return "registry/facility-import";
	}

	@GetMapping("/export.csv")
	void export(@RequestParam(required = false) String governorate, @RequestParam(required = false) String sector,
			@RequestParam(required = false) String type, @RequestParam(required = false) Long authority,
			@RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"rasd-facilities.csv\"");
		var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		registry.exportFacilities(new FacilityQuery(governorate, sector, type, authority, q), writer);
		writer.flush();
	}

	private Long place(FacilityForm form, BindingResult errors) {
		if (form.place() == null || form.place().isBlank() || form.governorateCode() == null) {
			return null;
		}
		Optional<PlaceSummary> place = geography.resolvePlace(form.governorateCode(), form.place());
		if (place.isEmpty()) {
			errors.rejectValue("place", "registry.facility.place-unknown");
			return null;
		}
		return place.get().id();
	}

	private FacilityDetails details(FacilityForm form, Long placeId) {
		Long authority = form.authorityId();
		if (authority == null) {
			var type = registry.facilityTypes().get(form.typeCode());
			authority = type == null ? null : registry.suggestAuthority(type.sectorCode(), form.governorateCode(),
					type.code()).map(a -> a.id()).orElse(null);
			if (authority == null) {
				throw new DomainException("registry.facility.authority-unknown");
			}
		}
		return new FacilityDetails(new LocalizedText(form.nameAr(), form.nameEn()), form.typeCode(), authority,
				form.governorateCode(), placeId, form.latitude(), form.longitude(), form.address(),
				form.status() == null ? FacilityStatus.OPEN : form.status());
	}

	private String form(Model model, FacilityForm form, FacilitySummary facility) {
		model.addAttribute("form", form);
		model.addAttribute("facility", facility);
		model.addAttribute("statuses", FacilityStatus.values());
		model.addAttribute("authorities", registry.authorities());
		reference(model);
		return "registry/facility-form";
	}

	private void reference(Model model) {
		referenceModel.addTo(model);
	}

	private static void reject(BindingResult errors, DomainException ex) {
		String field = FIELD_OF.get(ex.code());
		if (field == null) {
			errors.reject(ex.code(), ex.arguments(), null);
		}
		else {
			errors.rejectValue(field, ex.code(), ex.arguments(), null);
		}
	}
}
