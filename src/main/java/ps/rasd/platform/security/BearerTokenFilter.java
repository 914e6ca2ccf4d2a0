package ps.rasd.platform.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import ps.rasd.shared.spi.BearerTokens;

/**
 * Signs in a request to {@code /api/**} that carries {@code Authorization: Bearer <token>} as the token's owner, for
 * that request only (nothing is kept in a session). An unknown, revoked or expired token is answered 401; a token
 * scoped to reading that tries a change is answered 403. Requests without the header go on as before.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String PREFIX = "Bearer ";

	private final List<BearerTokens> tokens;

	BearerTokenFilter(List<BearerTokens> tokens) {
		this.tokens = tokens;
	}

	static boolean hasBearer(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !hasBearer(request) || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = request.getHeader("Authorization").substring(PREFIX.length()).strip();
		Optional<BearerTokens.Holder> holder = tokens.stream()
			.map(t -> t.authenticate(token))
			.flatMap(Optional::stream)
			.findFirst();
		if (holder.isEmpty()) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		String method = request.getMethod();
		if (!holder.get().mayWrite() && !("GET".equals(method) || "HEAD".equals(method)
				|| "OPTIONS".equals(method))) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		var authorities = holder.get().roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(holder.get().principal(), null,
				authorities));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
