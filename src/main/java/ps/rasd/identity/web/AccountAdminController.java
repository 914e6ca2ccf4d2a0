package ps.rasd.identity.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
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
import ps.rasd.shared.access.Role;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.NotFoundException;

/** Administrators create, edit and deactivate accounts and hand out one-time passwords. */
@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	private static final int PAGE_SIZE = 50;

	/** Which form field a rule's message belongs beside. */
	private static final Map<String, String> FIELD_OF = Map.of("identity.account.username-invalid", "username",
			"identity.account.username-taken", "username", "identity.account.roles-required", "roles",
			"identity.account.governorates-required", "governorates", "identity.account.governorate-unknown",
			"governorates");

	private final IdentityManagement identity;

	private final GeographyManagement geography;

	AccountAdminController(IdentityManagement identity, GeographyManagement geography) {
		this.identity = identity;
		this.geography = geography;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("accounts", identity.accounts(page, PAGE_SIZE));
		model.addAttribute("governorates", geography.governorates());
		return "identity/accounts";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, AccountForm.empty(), null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				AccountCreated created = identity.create(form.username(), form.details());
				redirect.addFlashAttribute("oneTimePassword", created.oneTimePassword());
				redirect.addFlashAttribute("flash", "identity.account.created");
				return "redirect:/admin/accounts/" + created.account().id();
			}
			catch (DomainException ex) {
				reject(errors, ex);
			}
		}
		return form(model, form, null);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		AccountSummary account = require(id);
		return form(model, AccountForm.of(account), account);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult errors,
			Authentication authentication, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		AccountSummary account = require(id);
		if (!errors.hasErrors()) {
			try {
				identity.update(id, form.version() == null ? -1 : form.version(), form.details(),
						authentication.getName());
				redirect.addFlashAttribute("flash", "identity.account.saved");
				return "redirect:/admin/accounts/" + id;
			}
			catch (ConflictException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				reject(errors, ex);
			}
			catch (DomainException ex) {
				reject(errors, ex);
			}
		}
		return form(model, form, account);
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@PathVariable long id, @RequestParam boolean enabled, @RequestParam long version,
			Authentication authentication, RedirectAttributes redirect) {
		try {
			identity.setEnabled(id, version, enabled, authentication.getName());
			redirect.addFlashAttribute("flash", enabled ? "identity.account.enabled" : "identity.account.disabled");
		}
		catch (NotFoundException ex) {
			throw ex;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/erase")
	String erase(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean confirm, Authentication authentication,
			RedirectAttributes redirect) {
		if (!confirm) {
			redirect.addFlashAttribute("problem", "identity.account.erase-confirm");
			return "redirect:/admin/accounts/" + id;
		}
		try {
			identity.erase(id, version, authentication.getName());
			redirect.addFlashAttribute("flash", "identity.account.erased");
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			AccountCreated reset = identity.resetPassword(id, version);
			redirect.addFlashAttribute("oneTimePassword", reset.oneTimePassword());
			redirect.addFlashAttribute("flash", "identity.account.password-reset");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", ex.code());
		}
		return "redirect:/admin/accounts/" + id;
	}

	private String form(Model model, AccountForm form, AccountSummary account) {
		model.addAttribute("form", form);
		model.addAttribute("account", account);
		model.addAttribute("roles", Role.values());
		model.addAttribute("governorates", geography.governorates());
		return "identity/account-form";
	}

	private AccountSummary require(long id) {
		return identity.account(id).orElseThrow(() -> new NotFoundException("identity.account.not-found"));
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
