package ps.rasd.platform.security;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.SecondFactor;

/**
 * The second step of sign-in: the code from the authenticator app, or a recovery code. A wrong code counts as a failed
 * sign-in for the username and the address (the same throttle as passwords); after five minutes, or once the throttle
 * blocks, the password must be given again.
 */
@Controller
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecondStepController {

	private final SignInSuccessHandler signIn;

	private final LoginThrottle throttle;

	private final List<SecondFactor> secondFactor;

	private final SecurityContextRepository contexts;

	SecondStepController(SignInSuccessHandler signIn, LoginThrottle throttle, List<SecondFactor> secondFactor,
			SecurityContextRepository contexts) {
		this.signIn = signIn;
		this.throttle = throttle;
		this.secondFactor = secondFactor;
		this.contexts = contexts;
	}

	@GetMapping(SignInSuccessHandler.CODE_PAGE)
	String form(HttpSession session) {
		return pending(session) == null ? "redirect:/login" : "platform/login-code";
	}

	@PostMapping(SignInSuccessHandler.CODE_PAGE)
	String submit(@RequestParam(required = false) String code, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException, ServletException {
		HttpSession session = request.getSession();
		SignInSuccessHandler.Pending pending = pending(session);
		if (pending == null) {
			return "redirect:/login";
		}
		Authentication authentication = pending.authentication();
		String username = authentication.getName();
		if (throttle.isBlocked(username, request.getRemoteAddr())) {
			session.removeAttribute(SignInSuccessHandler.PENDING);
			return "redirect:/login?error";
		}
		long accountId = ((RasdPrincipal) authentication.getPrincipal()).accountId();
		boolean accepted = code != null && code.length() <= 64
				&& secondFactor.stream().anyMatch(f -> f.verify(accountId, code.strip()));
		if (!accepted) {
			throttle.failed(username, request.getRemoteAddr());
			model.addAttribute("wrong", true);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return "platform/login-code";
		}
		session.removeAttribute(SignInSuccessHandler.PENDING);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		signIn.complete(request, response, authentication);
		return null;
	}

	private static SignInSuccessHandler.Pending pending(HttpSession session) {
		if (session.getAttribute(SignInSuccessHandler.PENDING) instanceof SignInSuccessHandler.Pending p) {
			if (!p.expired(Instant.now())) {
				return p;
			}
			session.removeAttribute(SignInSuccessHandler.PENDING);
		}
		return null;
	}
}
