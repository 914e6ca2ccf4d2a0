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

	private final long maxFileBytes;

	RequestSizeLimitFilter(PlatformProperties properties,
			@org.springframework.beans.factory.annotation.Value("${rasd.evidence.max-file-size:20MB}") org.springframework.util.unit.DataSize maxFileSize) {
		this.maxFileBytes = maxFileSize.toBytes();
		this.maxBytes = properties.maxRequestSize().toBytes();
		this.maxMediaBytes = properties.maxMediaRequestSize().toBytes();
		this.mediaPaths = properties.mediaUploadPaths();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean media = mediaPaths.stream().anyMatch(p -> PATHS.match(p, path));
		long limit = media ? maxMediaBytes : maxBytes;
		if (request.getContentLengthLong() > limit || (!media && fileTooLarge(request))) {
			response.setHeader("Connection", "close");
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Whether a multipart request outside the media paths carries a file above the ordinary file limit: the
	 * container's own limit per file is the media one, so this keeps the ordinary one for every other upload.
	 */
	private boolean fileTooLarge(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			return false;
		}
		try {
			return request.getParts().stream().anyMatch(part -> part.getSize() > maxFileBytes);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			// a broken body is answered by the parameter parsing filter; one over the container's limit by Spring
			return false;
		}
	}
}
