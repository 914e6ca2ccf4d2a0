package ps.rasd.cases.open311;

import org.springframework.http.HttpStatus;

/** An Open311 error: its HTTP status, its code and a message key. */
final class Open311Error extends RuntimeException {

	private static final long serialVersionUID = 1L;

	final HttpStatus status;

	final String code;

	final String key;

	final Object[] arguments;

	Open311Error(HttpStatus status, String code, String key, Object... arguments) {
		super(key);
		this.status = status;
		this.code = code;
		this.key = key;
		this.arguments = arguments;
	}
}
