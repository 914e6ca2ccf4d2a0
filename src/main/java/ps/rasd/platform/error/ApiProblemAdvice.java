package ps.rasd.platform.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import ps.rasd.platform.error.Problems.FieldProblem;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.ForbiddenException;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.NotFoundException;

/**
 * Turns every failure of a JSON controller into RFC 9457 problem details in the language of
 * {@code Accept-Language}: 400 for malformed or invalid input (with {@code errors}), 404, 409 for stale versions and
 * invalid transitions, 422 for broken rules, 500 with only a correlation id.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	private final Problems problems;

	ApiProblemAdvice(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex, HttpServletRequest request) {
		return respond(HttpStatus.NOT_FOUND, ex.code(), ex.arguments(), request);
	}

	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<ProblemDetail> forbidden(ForbiddenException ex, HttpServletRequest request) {
		return respond(HttpStatus.FORBIDDEN, ex.code(), ex.arguments(), request);
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<ProblemDetail> conflict(ConflictException ex, HttpServletRequest request) {
		return respond(HttpStatus.CONFLICT, ex.code(), ex.arguments(), request);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> stale(HttpServletRequest request) {
		return respond(HttpStatus.CONFLICT, "request.stale", null, request);
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ex.code(), ex.arguments(), locale,
				request);
		problems.withErrors(problem, ex.fields().stream().map(f -> new FieldProblem(f.field(), f.code(),
				f.message() != null ? f.message().in(locale)
						: problems.message(f.code(), f.arguments().toArray(), locale, f.code())))
			.toList());
		return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> duplicate(HttpServletRequest request) {
		return respond(HttpStatus.CONFLICT, "request.conflict", null, request);
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> broken(DomainException ex, HttpServletRequest request) {
		return respond(HttpStatus.UNPROCESSABLE_CONTENT, ex.code(), ex.arguments(), request);
	}

	/** Left to Spring Security, which answers 401 or 403 through the error page. */
	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = problems.of(HttpStatus.BAD_REQUEST, "request.validation", null, locale, request);
		String code = "request.parameter.type";
		problems.withErrors(problem, List.of(new FieldProblem(ex.getName(), code,
				problems.message(code, new Object[] { ex.getName() }, locale, code))));
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		OutOfMemoryExit.haltIfOutOfMemory(ex);
		log.error("Unexpected error on {} (correlation id {})", request.getRequestURI(),
				CorrelationIdFilter.of(request), ex);
		return respond(HttpStatus.INTERNAL_SERVER_ERROR, "server.error", null, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = problems.of(statusCode, codeOf(ex), null, locale, servletRequest);
		List<FieldProblem> errors = fieldProblems(ex, locale);
		if (!errors.isEmpty()) {
			problems.withErrors(problem, errors);
		}
		HttpHeaders out = new HttpHeaders();
		out.addAll(headers);
		out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(problem, out, statusCode);
	}

	private static String codeOf(Exception ex) {
		if (ex instanceof MethodArgumentNotValidException || ex instanceof HandlerMethodValidationException) {
			return "request.validation";
		}
		if (ex instanceof HttpMessageNotReadableException) {
			return "request.malformed";
		}
		if (ex instanceof MissingServletRequestParameterException) {
			return "request.parameter.missing";
		}
		if (ex instanceof NoResourceFoundException) {
			return "request.not-found";
		}
		if (ex instanceof HttpRequestMethodNotSupportedException) {
			return "request.method-not-allowed";
		}
		if (ex instanceof HttpMediaTypeNotSupportedException) {
			return "request.unsupported-media-type";
		}
		if (ex instanceof MaxUploadSizeExceededException) {
			return "request.too-large";
		}
		return "request.invalid";
	}

	private List<FieldProblem> fieldProblems(Exception ex, Locale locale) {
		List<FieldProblem> result = new ArrayList<>();
		if (ex instanceof MethodArgumentNotValidException invalid) {
			for (FieldError error : invalid.getBindingResult().getFieldErrors()) {
				result.add(new FieldProblem(error.getField(), shortCode(error), problems.message(
						error.getCodes() == null ? "request.invalid" : error.getCodes()[0], error.getArguments(),
						locale, messageOf(error, locale))));
			}
		}
		else if (ex instanceof HandlerMethodValidationException invalid) {
			invalid.getParameterValidationResults().forEach(r -> r.getResolvableErrors()
				.forEach(e -> result.add(new FieldProblem(r.getMethodParameter().getParameterName(),
						shortCode(e), messageOf(e, locale)))));
		}
		else if (ex instanceof MissingServletRequestParameterException missing) {
			String code = "request.parameter.missing";
			result.add(new FieldProblem(missing.getParameterName(), code,
					problems.message(code, new Object[] { missing.getParameterName() }, locale, code)));
		}
		return result;
	}

	private String messageOf(MessageSourceResolvable error, Locale locale) {
		String[] codes = error.getCodes();
		if (codes != null) {
			for (String code : codes) {
				String message = problems.message(code, error.getArguments(), locale, null);
				if (message != null) {
					return message;
				}
			}
		}
		return error.getDefaultMessage();
	}

	private static String shortCode(MessageSourceResolvable error) {
		String[] codes = error.getCodes();
		return codes == null || codes.length == 0 ? "invalid" : codes[codes.length - 1];
	}

	private ResponseEntity<ProblemDetail> respond(HttpStatus status, String code, Object[] args,
			HttpServletRequest request) {
		ProblemDetail problem = problems.of(status, code, args, LocaleContextHolder.getLocale(), request);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
