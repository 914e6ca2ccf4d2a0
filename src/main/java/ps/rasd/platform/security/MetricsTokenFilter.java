package ps.rasd.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a Prometheus server scrape {@code /actuator/prometheus} with the bearer token {@code RASD_METRICS_TOKEN}
 * (compared in constant time), for this request only; without a configured token only an administrator's session
 * reads the metrics. A wrong token is simply not signed in (401 or the sign-in page).
 */
class MetricsTokenFilter extends OncePerRequestFilter {

	/** The authority a scraper holds: the metrics and nothing else. */
	static final String SCRAPE = "METRICS_SCRAPE";

	private final byte[] expected;

	MetricsTokenFilter(String token) {
		this.expected = token == null || token.isBlank() ? null
				: (BearerTokenFilter.PREFIX + token.strip()).getBytes(StandardCharsets.UTF_8);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return expected == null
				|| !request.getRequestURI().equals(request.getContextPath() + "/actuator/prometheus");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8))) {
			chain.doFilter(request, response);
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("prometheus", null,
				List.of(new SimpleGrantedAuthority(SCRAPE))));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
