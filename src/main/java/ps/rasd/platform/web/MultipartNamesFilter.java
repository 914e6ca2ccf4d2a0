package ps.rasd.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A multipart upload whose part names a file with a NUL byte is refused by the servlet container's parser with an
 * exception at the first look at any parameter — a 500 from whichever filter looked first. Here the parts are read
 * first, after the size limit and before anything else: such a request is answered 400 (Rasd's page, or problem
 * details for the API), the server stays well. Other control characters in a name pass the parser and are removed
 * wherever a name is kept ({@link ps.rasd.shared.FileNames}); evidence never keeps the name a client sent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class MultipartNamesFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (RuntimeException ex) {
			if (!invalidFileName(ex)) {
				throw ex;
			}
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Tomcat's {@code InvalidFileNameException}, by name: the platform does not depend on one container. */
	private static boolean invalidFileName(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t.getClass().getSimpleName().equals("InvalidFileNameException")) {
				return true;
			}
		}
		return false;
	}
}
