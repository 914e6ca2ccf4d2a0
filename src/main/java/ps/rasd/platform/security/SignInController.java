package ps.rasd.platform.security;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's POST. */
@Controller
class SignInController {

	@GetMapping("/login")
	String signIn(HttpSession session, Authentication authentication, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated()) {
			return "redirect:/my-work";
		}
		Object username = session.getAttribute(SignInFailureHandler.LAST_USERNAME);
		session.removeAttribute(SignInFailureHandler.LAST_USERNAME);
		model.addAttribute("username", username == null ? "" : username);
		return "platform/login";
	}
}
