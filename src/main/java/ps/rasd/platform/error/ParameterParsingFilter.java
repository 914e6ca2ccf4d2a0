package ps.rasd.platform.error;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Reads a request's parameters (and, for a multipart form, its parts) before anything else does, and refuses the
 * request Tomcat cannot parse with Rasd's error page: 413 for a file or form above the limits
 * ({@code spring.servlet.multipart.*}, {@code server.tomcat.max-http-form-post-size}), 400 for a malformed query such
 * as {@code ?q=%}. Otherwise Spring Security's CSRF check is the first to read them, and answers 403 (the token seems
 * missing) or 500 (Tomcat's exception) for what is the size or the shape of the request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class ParameterParsingFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (InvalidParameterException ex) {
			refuse(request, response, ex, ex.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		catch (RuntimeException ex) {
			// an unreadable body: a broken multipart, a control character in an uploaded file's name (Tomcat's
			// InvalidFileNameException), a malformed parameter — a 400, never a 500
			refuse(request, response, ex, false);
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Answers through the error page. The failure is left as the error's exception, a multipart one, so that the
	 * error dispatch renders the page instead of trying to read the same parts again.
	 */
	private static void refuse(HttpServletRequest request, HttpServletResponse response, RuntimeException ex,
			boolean tooLarge) throws IOException {
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION,
				tooLarge ? new MaxUploadSizeExceededException(-1, ex) : new MultipartException("unreadable", ex));
		response.setHeader("Connection", "close");
		response.sendError(tooLarge ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
				: HttpServletResponse.SC_BAD_REQUEST);
	}
}
