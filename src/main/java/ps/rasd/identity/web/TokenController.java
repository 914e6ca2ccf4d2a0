package ps.rasd.identity.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ps.rasd.identity.ApiTokens;
import ps.rasd.identity.NewApiToken;
import ps.rasd.identity.TokenScope;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.RasdPrincipal;

/** A person's own API tokens: make one (shown once), see when each was last used, revoke. */
@Controller
class TokenController {

	private final ApiTokens tokens;

	private final Clock clock;

	TokenController(ApiTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping("/account/tokens")
	String list(@AuthenticationPrincipal RasdPrincipal actor, Model model) {
		model.addAttribute("tokens", tokens.of(actor.accountId()));
		model.addAttribute("scopes", TokenScope.values());
		model.addAttribute("now", clock.instant());
		return "identity/tokens";
	}

	@PostMapping("/account/tokens")
	String create(@RequestParam(required = false) String name, @RequestParam(required = false) TokenScope scope,
			@RequestParam(required = false) Integer days, @AuthenticationPrincipal RasdPrincipal actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			NewApiToken made = tokens.create(actor.accountId(), name, scope, days);
			redirect.addFlashAttribute("secret", made.secret());
			return "redirect:/account/tokens";
		}
		catch (InvalidInputException ex) {
			response.setStatus(422);
			model.addAttribute("problem", ex.fields().get(0).code());
			model.addAttribute("name", name);
			return list(actor, model);
		}
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, RedirectAttributes redirect) {
		tokens.revoke(actor.accountId(), id);
		redirect.addFlashAttribute("flash", "identity.token.revoked");
		return "redirect:/account/tokens";
	}
}
