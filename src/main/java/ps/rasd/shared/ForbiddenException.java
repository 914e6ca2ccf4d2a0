package ps.rasd.shared;

import java.util.Arrays;

/**
 * The person may not do this (role or governorate scope). Answered with 403. Not a {@link DomainException}: forms
 * that show a broken rule beside a field never swallow a refusal by mistake.
 */
public class ForbiddenException extends RuntimeException {

	private final String code;

	private final transient Object[] arguments;

	public ForbiddenException(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments == null ? new Object[0] : arguments.clone();
	}

	/** The message key, e.g. {@code monitoring.forbidden}. */
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
