package ps.rasd.shared;

/** The person may not do this (role or governorate scope). Answered with 403. */
public class ForbiddenException extends DomainException {

	public ForbiddenException(String code, Object... arguments) {
		super(code, arguments);
	}
}
