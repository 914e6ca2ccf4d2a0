package ps.rasd.platform.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import ps.rasd.shared.RasdPrincipal;

/**
 * Someone signed in with a one-time password can do nothing but choose their own password (or sign out), and a
 * monitor who has not agreed to the monitors' terms nothing but read and agree to them: every other page sends them
 * there, every API call is refused.
 */
class ForcedPasswordChangeFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	static final String CONSENT_PAGE = "/account/consent";

	private static final List<String> ALLOWED_PREFIXES = List.of(PASSWORD_PAGE, CONSENT_PAGE, "/logout", "/lang", "/assets/",
			"/webjars/", "/error", "/favicon.ico");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (auth != null && auth.getPrincipal() instanceof RasdPrincipal p && (p.mustChangePassword() || p.needsConsent())
				&& ALLOWED_PREFIXES.stream().noneMatch(path::startsWith)) {
			if (path.startsWith("/api/")) {
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
			}
			else {
				response.sendRedirect(request.getContextPath() + (p.mustChangePassword() ? PASSWORD_PAGE : CONSENT_PAGE));
			}
			return;
		}
		chain.doFilter(request, response);
	}
}
