package ps.rasd.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.identity.IdentityManagement;

/** A monitor reads and agrees to the monitors' terms once, before their first visit. */
@Controller
@RequestMapping("/account/consent")
class ConsentController {

	private final IdentityManagement identity;

	private final SessionPrincipal sessions;

	ConsentController(IdentityManagement identity, SessionPrincipal sessions) {
		this.identity = identity;
		this.sessions = sessions;
	}

	@GetMapping
	String terms(Model model) {
		model.addAttribute("version", IdentityManagement.CONSENT_VERSION);
		return "identity/consent";
	}

	@PostMapping
	String agree(@RequestParam(defaultValue = "false") boolean agree, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		if (!agree) {
			model.addAttribute("version", IdentityManagement.CONSENT_VERSION);
			model.addAttribute("problem", "identity.consent.required");
			return "identity/consent";
		}
		identity.consent(authentication.getName());
		sessions.refresh(authentication.getName(), request, response);
		redirect.addFlashAttribute("flash", "identity.consent.recorded");
		return "redirect:/visits";
	}
}
