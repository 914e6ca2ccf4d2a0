package ps.rasd.identity.web;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.geography.GeographyManagement;
import ps.rasd.identity.AccountCreated;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.NotFoundException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.ValidEmail;

/** Coordinators manage the monitors of their governorates: add, change, stop, new one-time password. */
@Controller
@RequestMapping("/team")
class TeamController {

	/** The monitor form. */
	record MonitorForm(@Size(max = 64) String username, @NotBlank @Size(max = 200) String displayName,
			@ValidEmail @Size(max = 254) String email, @NotEmpty Set<String> governorates, Long version) {
	}

	private final IdentityManagement identity;

	private final GeographyManagement geography;

	TeamController(IdentityManagement identity, GeographyManagement geography) {
		this.identity = identity;
		this.geography = geography;
	}

	@GetMapping
	String team(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("monitors", identity.team(actor));
		model.addAttribute("governorates", geography.governorates());
		return "identity/team";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		return form(model, new MonitorForm("", "", "", Set.copyOf(actor.governorateCodes()), null), null, actor);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") MonitorForm form, BindingResult errors,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				AccountCreated created = identity.createMonitor(form.username(), form.displayName(), form.email(),
						form.governorates(), actor);
				redirect.addFlashAttribute("oneTimePassword", created.oneTimePassword());
				redirect.addFlashAttribute("flash", "identity.account.created");
				return "redirect:/team/" + created.account().id();
			}
			catch (DomainException ex) {
				errors.reject(ex.code(), ex.arguments(), null);
			}
		}
		return form(model, form, null, actor);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Model model) {
		AccountSummary monitor = member(id, actor);
		return form(model, new MonitorForm(monitor.username(), monitor.displayName(), monitor.email(),
				monitor.governorates(), monitor.version()), monitor, actor);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") MonitorForm form, BindingResult errors,
			@AuthenticationPrincipal RasdPrincipal actor, Model model, RedirectAttributes redirect) {
		AccountSummary monitor = member(id, actor);
		if (!errors.hasErrors()) {
			try {
				identity.updateMonitor(id, form.version() == null ? -1 : form.version(), form.displayName(),
						form.email(), form.governorates(), actor);
				redirect.addFlashAttribute("flash", "identity.account.saved");
				return "redirect:/team/" + id;
			}
			catch (DomainException ex) {
				errors.reject(ex.code(), ex.arguments(), null);
			}
		}
		return form(model, form, monitor, actor);
	}

	@PostMapping("/{id}/enabled")
	String enabled(@PathVariable long id, @RequestParam boolean enabled, @RequestParam long version,
			@AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		identity.setMonitorEnabled(id, version, enabled, actor);
		redirect.addFlashAttribute("flash", enabled ? "identity.account.enabled" : "identity.account.disabled");
		return "redirect:/team/" + id;
	}

	@PostMapping("/{id}/password")
	String password(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal RasdPrincipal actor,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("oneTimePassword", identity.resetMonitorPassword(id, version, actor).oneTimePassword());
		redirect.addFlashAttribute("flash", "identity.account.password-reset");
		return "redirect:/team/" + id;
	}

	private AccountSummary member(long id, RasdPrincipal actor) {
		return identity.team(actor).stream().filter(a -> a.id() == id).findFirst()
			.orElseThrow(() -> new NotFoundException("identity.account.not-found"));
	}

	private String form(Model model, MonitorForm form, AccountSummary monitor, RasdPrincipal actor) {
		model.addAttribute("form", form);
		model.addAttribute("monitor", monitor);
		model.addAttribute("governorates", geography.governorates().stream().filter(g -> actor.manages(g.code()))
			.toList());
		return "identity/team-member";
	}
}
