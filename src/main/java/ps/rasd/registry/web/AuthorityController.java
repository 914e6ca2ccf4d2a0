package ps.rasd.registry.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.registry.AuthorityKind;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.RasdPrincipal;

/** Authorities: the public hierarchy and each unit's page; administrators create and change them. */
@Controller
class AuthorityController {

	private final RegistryManagement registry;

	private final GeographyManagement geography;

	private final List<ps.rasd.shared.spi.AuthorityPageSection> sections;

	AuthorityController(RegistryManagement registry, GeographyManagement geography,
			List<ps.rasd.shared.spi.AuthorityPageSection> sections) {
		this.sections = sections;
		this.registry = registry;
		this.geography = geography;
	}

	@GetMapping("/authorities")
	String list(Model model) {
		List<AuthoritySummary> all = registry.authorities();
		Map<Long, List<AuthoritySummary>> children = all.stream().filter(a -> a.parentId() != null)
			.collect(Collectors.groupingBy(AuthoritySummary::parentId));
		model.addAttribute("roots", all.stream().filter(a -> a.parentId() == null).toList());
		model.addAttribute("children", children);
		return "registry/authorities";
	}

	@GetMapping("/authorities/{id}")
	String show(@PathVariable long id, Model model,
			@org.springframework.security.core.annotation.AuthenticationPrincipal ps.rasd.shared.RasdPrincipal actor,
			java.util.Locale locale) {
		model.addAttribute("authority", registry.authority(id));
		model.addAttribute("path", registry.authorityPath(id));
		model.addAttribute("units", registry.authorities().stream().filter(a -> Long.valueOf(id).equals(a.parentId()))
			.toList());
		model.addAttribute("governorate", registry.authority(id).governorateCode() == null ? null
				: geography.requireGovernorate(registry.authority(id).governorateCode()));
		model.addAttribute("sections", sections.stream().map(s -> s.render(id, actor, locale)).toList());
		return "registry/authority";
	}

	@GetMapping("/admin/authorities/new")
	String newForm(Model model) {
		return form(model, AuthorityForm.empty(), null);
	}

	@PostMapping("/admin/authorities")
	String create(@Valid @ModelAttribute("form") AuthorityForm form, BindingResult errors,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				AuthoritySummary created = registry.createAuthority(form.details(), actor);
				redirect.addFlashAttribute("flash", "registry.authority.saved");
				return "redirect:/authorities/" + created.id();
			}
			catch (DomainException ex) {
				errors.reject(ex.code(), ex.arguments(), null);
			}
		}
		return form(model, form, null);
	}

	@GetMapping("/admin/authorities/{id}")
	String edit(@PathVariable long id, Model model) {
		AuthoritySummary authority = registry.authority(id);
		return form(model, AuthorityForm.of(authority), authority);
	}

	@PostMapping("/admin/authorities/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AuthorityForm form, BindingResult errors,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		AuthoritySummary authority = registry.authority(id);
		if (!errors.hasErrors()) {
			try {
				registry.updateAuthority(id, form.version() == null ? -1 : form.version(), form.details(), actor);
				redirect.addFlashAttribute("flash", "registry.authority.saved");
				return "redirect:/authorities/" + id;
			}
			catch (ConflictException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				errors.reject(ex.code());
			}
			catch (DomainException ex) {
				errors.reject(ex.code(), ex.arguments(), null);
			}
		}
		return form(model, form, authority);
	}

	private String form(Model model, AuthorityForm form, AuthoritySummary authority) {
		model.addAttribute("form", form);
		model.addAttribute("authority", authority);
		model.addAttribute("kinds", AuthorityKind.values());
		model.addAttribute("parents", registry.authorities());
		model.addAttribute("governorates", geography.governorates());
		model.addAttribute("sectors", registry.sectors());
		return "registry/authority-form";
	}
}
