package ps.rasd.platform.error;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the container sees ends here: a localized page with the correlation id for people, RFC 9457 problem
 * details for API clients. Never shows an exception message or a stack trace; logs unexpected ones with the id.
 */
@Controller
class ErrorPageController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

	private static final Map<Integer, String> CODES = Map.of(400, "request.invalid", 401, "request.unauthenticated",
			403, "request.forbidden", 404, "request.not-found", 405, "request.method-not-allowed", 409,
			"request.conflict", 413, "request.too-large", 415, "request.unsupported-media-type", 429,
			"request.too-many");

	private final Problems problems;

	ErrorPageController(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, Locale locale) {
		HttpStatus status = status(request);
		String code = CODES.getOrDefault(status.value(), status.is5xxServerError() ? "server.error" : "request.error");
		if (status.is5xxServerError()) {
			Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
			if (exception instanceof Throwable t) {
				OutOfMemoryExit.haltIfOutOfMemory(t);
			}
			log.error("Unexpected error on {} (correlation id {})", request.getAttribute(
					RequestDispatcher.ERROR_REQUEST_URI), CorrelationIdFilter.of(request),
					exception instanceof Throwable t ? t : null);
		}
		if (wantsProblem(request)) {
			ProblemDetail problem = problems.of(status, code, null, locale, request);
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		ModelAndView page = new ModelAndView("error/page", status);
		page.addObject("status", status.value());
		page.addObject("code", code);
		page.addObject("correlationId", CorrelationIdFilter.of(request));
		return page;
	}

	/** The status of the error dispatched here; a request for {@code /error} itself is for a page that is not there. */
	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null && request.getDispatcherType() == jakarta.servlet.DispatcherType.REQUEST) {
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	/** API paths, and clients that ask for JSON rather than HTML, get problem details. */
	static boolean wantsProblem(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri == null ? request.getRequestURI() : uri.toString();
		if (path.startsWith(request.getContextPath() + "/api/")) {
			return true;
		}
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("json") && !accept.contains("text/html");
	}
}
