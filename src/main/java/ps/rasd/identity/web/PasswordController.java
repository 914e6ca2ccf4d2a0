package ps.rasd.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.RasdPrincipal;

/** The signed-in person changes their password; a one-time password leads here first. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private final IdentityManagement identity;

	private final SessionPrincipal sessions;

	PasswordController(IdentityManagement identity, SessionPrincipal sessions) {
		this.identity = identity;
		this.sessions = sessions;
	}

	@GetMapping
	String form(Authentication authentication, Model model) {
		model.addAttribute("form", PasswordForm.empty());
		model.addAttribute("forced", forced(authentication));
		return "identity/password";
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult errors,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasFieldErrors("newPassword") && !errors.hasFieldErrors("confirmPassword")
				&& !form.newPassword().equals(form.confirmPassword())) {
			errors.rejectValue("confirmPassword", "identity.password.mismatch");
		}
		if (!errors.hasErrors()) {
			try {
				identity.changePassword(authentication.getName(), form.currentPassword(), form.newPassword());
				sessions.refresh(authentication.getName(), request, response);
				redirect.addFlashAttribute("flash", "identity.password.changed");
				return "redirect:/my-work";
			}
			catch (DomainException ex) {
				String field = ex.code().equals("identity.password.wrong-current") ? "currentPassword" : "newPassword";
				errors.rejectValue(field, ex.code(), ex.arguments(), null);
			}
		}
		model.addAttribute("forced", forced(authentication));
		return "identity/password";
	}


	private static boolean forced(Authentication authentication) {
		return authentication.getPrincipal() instanceof RasdPrincipal p && p.mustChangePassword();
	}
}
