package ps.rasd.platform.security;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.SecondFactor;

/**
 * After the password: someone enrolled in two-factor sign-in is not signed in yet — the authentication waits in the
 * session ({@link Pending}, five minutes) while they give a code at {@code /login/code}; everyone else is signed in,
 * past failures of the username are forgotten, and a person who must enrol is marked so that every page leads them to
 * the enrolment page. Then they go where they were heading, or else to their start page ("my work").
 */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	static final String PENDING = SignInSuccessHandler.class.getName() + ".pending";

	static final String CODE_PAGE = "/login/code";

	static final String MY_WORK = "/my-work";

	private final LoginThrottle throttle;

	private final List<SecondFactor> secondFactor;

	private final SecurityContextRepository contexts;

	SignInSuccessHandler(LoginThrottle throttle, List<SecondFactor> secondFactor, SecurityContextRepository contexts) {
		this.throttle = throttle;
		this.secondFactor = secondFactor;
		this.contexts = contexts;
		setDefaultTargetUrl(MY_WORK);
	}

	/** A password accepted, waiting for its second factor. */
	record Pending(Authentication authentication, Instant at) implements Serializable {

		boolean expired(Instant now) {
			return at.plusSeconds(300).isBefore(now);
		}
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		request.getSession().removeAttribute(SignInFailureHandler.LAST_USERNAME);
		if (authentication.getPrincipal() instanceof RasdPrincipal p
				&& secondFactor.stream().anyMatch(f -> f.enrolled(p.accountId()))) {
			// the password alone signs nobody in: forget the context the form login just saved
			SecurityContext empty = SecurityContextHolder.createEmptyContext();
			SecurityContextHolder.setContext(empty);
			contexts.saveContext(empty, request, response);
			request.getSession().setAttribute(PENDING, new Pending(authentication, Instant.now()));
			getRedirectStrategy().sendRedirect(request, response, CODE_PAGE);
			return;
		}
		complete(request, response, authentication);
	}

	/** Signs the person in for good (after the password, or after the password and a code). */
	void complete(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws ServletException, IOException {
		throttle.succeeded(authentication.getName());
		if (authentication.getPrincipal() instanceof RasdPrincipal p
				&& secondFactor.stream().anyMatch(f -> f.mustEnrol(p))) {
			request.getSession().setAttribute(SecondFactor.ENROLMENT_REQUIRED, Boolean.TRUE);
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
