package ps.rasd.platform.error;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import ps.rasd.platform.PlatformProperties;

/**
 * Refuses a request whose declared body is larger than {@code rasd.platform.max-request-size} (for the media upload
 * paths, {@code rasd.platform.max-media-request-size}), with 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	private final long maxBytes;

	private final long maxMediaBytes;

	private final List<String> mediaPaths;

	RequestSizeLimitFilter(PlatformProperties properties) {
		this.maxBytes = properties.maxRequestSize().toBytes();
		this.maxMediaBytes = properties.maxMediaRequestSize().toBytes();
		this.mediaPaths = properties.mediaUploadPaths();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		long limit = mediaPaths.stream().anyMatch(p -> PATHS.match(p, path)) ? maxMediaBytes : maxBytes;
		if (request.getContentLengthLong() > limit) {
			response.setHeader("Connection", "close");
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}
}
