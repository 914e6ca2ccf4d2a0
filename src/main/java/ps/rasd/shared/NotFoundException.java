package ps.rasd.shared;

/** The record asked for does not exist, or the user may not know that it does. Answered with 404. */
public class NotFoundException extends DomainException {

	public NotFoundException(String code, Object... arguments) {
		super(code, arguments);
	}
}
