package ps.rasd.shared;

import java.util.Arrays;

/**
 * A rule of the domain was broken. Carries a message <em>code</em> (a key of the message bundles) and its arguments,
 * never a sentence: the web layer renders it in the user's language. The API answers it with status 422 unless a
 * subclass says otherwise.
 */
public class DomainException extends RuntimeException {

	private final String code;

	private final transient Object[] arguments;

	public DomainException(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments == null ? new Object[0] : arguments.clone();
	}

	/** The message key, e.g. {@code identity.password.reused}. */
	public String code() {
		return code;
	}

	/** The arguments of the message. */
	public Object[] arguments() {
		return arguments.clone();
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + code + " " + Arrays.toString(arguments) + "]";
	}
}
