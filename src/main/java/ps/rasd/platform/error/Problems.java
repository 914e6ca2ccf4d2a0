package ps.rasd.platform.error;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details in the user's language: a localized title for the status, a localized detail for
 * the message code, the code itself, the correlation id and, for validation, {@code errors: [{field, code, message}]}.
 */
@Component
public class Problems {

	/** Type URIs are {@code urn:rasd:problem:<code>}. */
	static final String TYPE_PREFIX = "urn:rasd:problem:";

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	/** A problem for the status with the detail of the message code. */
	public ProblemDetail of(HttpStatusCode status, String code, Object[] arguments, Locale locale,
			HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create(TYPE_PREFIX + code));
		problem.setTitle(message("problem.title." + status.value(), null, locale,
				message("problem.title.default", null, locale, "Error")));
		problem.setDetail(message(code, arguments, locale, message("problem.detail.default", null, locale, code)));
		problem.setProperty("code", code);
		problem.setProperty("correlationId", CorrelationIdFilter.of(request));
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		problem.setInstance(URI.create(original == null ? request.getRequestURI() : original.toString()));
		return problem;
	}

	/** Adds the field errors of a validation problem. */
	public ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
		problem.setProperty("errors",
				errors.stream().map(e -> Map.of("field", e.field(), "code", e.code(), "message", e.message())).toList());
		return problem;
	}

	/** The message of a code in a locale, or the fallback. */
	public String message(String code, Object[] arguments, Locale locale, String fallback) {
		return messages.getMessage(code, arguments, fallback, locale);
	}

	/**
	 * One field's error.
	 *
	 * @param field the field or parameter name
	 * @param code the message code
	 * @param message the localized message
	 */
	public record FieldProblem(String field, String code, String message) {
	}
}
