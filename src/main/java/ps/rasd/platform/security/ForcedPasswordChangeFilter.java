package ps.rasd.platform.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.SecondFactor;

/**
 * Someone signed in with a one-time password can do nothing but choose their own password (or sign out), a
 * monitor who has not agreed to the monitors' terms nothing but read and agree to them, and someone whose roles
 * require two-factor sign-in and who has not enrolled nothing but enrol: every other page sends them there, every API
 * call of their session is refused (API tokens are not sessions and are not affected).
 */
class ForcedPasswordChangeFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	static final String CONSENT_PAGE = "/account/consent";

	private static final List<String> ALLOWED_PREFIXES = List.of(PASSWORD_PAGE, CONSENT_PAGE,
			SecondFactor.ENROLMENT_PAGE, "/logout", "/lang", "/assets/",
			"/webjars/", "/error", "/favicon.ico");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (auth != null && auth.getPrincipal() instanceof RasdPrincipal p
				&& (p.mustChangePassword() || p.needsConsent() || mustEnrol(request))
				&& ALLOWED_PREFIXES.stream().noneMatch(path::startsWith)) {
			if (path.startsWith("/api/")) {
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
			}
			else {
				response.sendRedirect(request.getContextPath() + (p.mustChangePassword() ? PASSWORD_PAGE
						: p.needsConsent() ? CONSENT_PAGE : SecondFactor.ENROLMENT_PAGE));
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean mustEnrol(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && session.getAttribute(SecondFactor.ENROLMENT_REQUIRED) != null;
	}
}
