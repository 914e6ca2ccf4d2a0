package ps.rasd.registry.web;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.registry.IndicatorSummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;

/** Administrators: sectors and their indicators' weights, and the routing rules. */
@Controller
class RegistryAdminController {

	private final RegistryManagement registry;

	private final ReferenceModel referenceModel;

	RegistryAdminController(RegistryManagement registry, ReferenceModel referenceModel) {
		this.registry = registry;
		this.referenceModel = referenceModel;
	}

	/** The indicator form. */
	record IndicatorForm(@NotBlank @Size(max = 200) String nameAr, @Size(max = 200) String nameEn,
			@NotNull @DecimalMin("0.01") @DecimalMax("100") BigDecimal weight, Boolean higherIsBetter, Boolean active,
			long version) {
	}

	@GetMapping("/admin/sectors")
	String sectors(Model model) {
		model.addAttribute("sectors", registry.sectors());
		return "registry/sectors";
	}

	/** The sector form. */
	record SectorForm(@NotBlank @Size(max = 200) String nameAr, @Size(max = 200) String nameEn,
			@Size(max = 2000) String descriptionAr, @Size(max = 2000) String descriptionEn, Boolean active,
			long version) {
	}

	@GetMapping("/admin/sectors/{code}")
	String sector(@PathVariable String code, Model model) {
		var sector = registry.sector(code);
		model.addAttribute("sector", sector);
		model.addAttribute("form", new SectorForm(sector.name().ar(), sector.name().en(),
				sector.description() == null ? "" : sector.description().ar(),
				sector.description() == null ? "" : sector.description().en(), sector.active(), sector.version()));
		return "registry/sector-form";
	}

	@PostMapping("/admin/sectors/{code}")
	String changeSector(@PathVariable String code, @Valid @ModelAttribute("form") SectorForm form,
			BindingResult errors, @AuthenticationPrincipal RasdPrincipal actor, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				registry.changeSector(code, form.version(), new LocalizedText(form.nameAr(), form.nameEn()),
						form.descriptionAr() == null || form.descriptionAr().isBlank() ? null
								: new LocalizedText(form.descriptionAr(), form.descriptionEn()),
						Boolean.TRUE.equals(form.active()), actor);
				redirect.addFlashAttribute("flash", "registry.sector.saved");
				return "redirect:/admin/sectors";
			}
			catch (DomainException ex) {
				errors.reject(ex.code(), ex.arguments(), null);
			}
		}
		model.addAttribute("sector", registry.sector(code));
		return "registry/sector-form";
	}

	@GetMapping("/admin/indicators/{id}")
	String indicator(@PathVariable long id, Model model) {
		IndicatorSummary i = indicator(id);
		model.addAttribute("indicator", i);
		model.addAttribute("form", new IndicatorForm(i.name().ar(), i.name().en(), i.weight(), i.higherIsBetter(),
				i.active(), version(id)));
		return "registry/indicator-form";
	}

	@PostMapping("/admin/indicators/{id}")
	String changeIndicator(@PathVariable long id, @Valid @ModelAttribute("form") IndicatorForm form,
			BindingResult errors, @AuthenticationPrincipal RasdPrincipal actor, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				registry.changeIndicator(id, form.version(), new LocalizedText(form.nameAr(), form.nameEn()), null,
						form.weight(), Boolean.TRUE.equals(form.higherIsBetter()), Boolean.TRUE.equals(form.active()), actor);
				redirect.addFlashAttribute("flash", "registry.indicator.saved");
				return "redirect:/admin/sectors";
			}
			catch (DomainException ex) {
				errors.reject(ex.code(), ex.arguments(), null);
			}
		}
		model.addAttribute("indicator", indicator(id));
		return "registry/indicator-form";
	}

	@GetMapping("/admin/routing")
	String routing(Model model) {
		model.addAttribute("rules", registry.routingRules());
		model.addAttribute("authorities", registry.authorities().stream()
			.collect(java.util.stream.Collectors.toMap(a -> a.id(), a -> a)));
		model.addAttribute("authorityList", registry.authorities());
		referenceModel.addTo(model);
		return "registry/routing";
	}

	@PostMapping("/admin/routing")
	String addRule(@RequestParam String sector, @RequestParam String governorate,
			@RequestParam(required = false) String type, @RequestParam long authority,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		try {
			registry.addRoutingRule(sector, governorate, type, authority, actor);
			redirect.addFlashAttribute("flash", "registry.routing.added");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/admin/routing";
	}

	@PostMapping("/admin/routing/{id}/delete")
	String removeRule(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		registry.removeRoutingRule(id, actor);
		redirect.addFlashAttribute("flash", "registry.routing.removed");
		return "redirect:/admin/routing";
	}

	private IndicatorSummary indicator(long id) {
		return registry.sectors().stream().flatMap(s -> s.indicators().stream()).filter(i -> i.id() == id).findFirst()
			.orElseThrow(() -> new NotFoundException("registry.indicator.not-found"));
	}

	private long version(long id) {
		return registry.indicatorVersion(id);
	}
}
