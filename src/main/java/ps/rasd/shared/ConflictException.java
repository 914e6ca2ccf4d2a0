package ps.rasd.shared;

/**
 * The change was made against a stale version, or the transition is not allowed from the current state. Answered
 * with 409; the form shows the user what happened and keeps their input.
 */
public class ConflictException extends DomainException {

	public ConflictException(String code, Object... arguments) {
		super(code, arguments);
	}
}
