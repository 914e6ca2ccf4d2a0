package ps.rasd.shared;

import java.util.List;

/**
 * Input that breaks rules field by field (for instance a visit's answers). Answered with 422 and
 * {@code errors: [{field, code, message}]}.
 */
public class InvalidInputException extends DomainException {

	private final transient List<Field> fields;

	public InvalidInputException(String code, List<Field> fields) {
		super(code);
		this.fields = List.copyOf(fields);
	}

	/**
	 * A failure whose own message takes arguments, with the fields it concerns (possibly none).
	 *
	 * @param code the message code of the whole failure
	 * @param fields the fields at fault, each with its own code and arguments
	 * @param arguments the arguments of {@code code}
	 */
	public InvalidInputException(String code, List<Field> fields, Object... arguments) {
		super(code, arguments);
		this.fields = List.copyOf(fields);
	}

	/** One message code per field, in the map's order, without arguments. */
	public InvalidInputException(String code, java.util.Map<String, String> fieldCodes) {
		this(code, fieldCodes.entrySet().stream()
			.map(e -> new Field(e.getKey(), e.getValue(), List.of(), null))
			.toList());
	}

	public List<Field> fields() {
		return fields;
	}

	/**
	 * @param field the field's name
	 * @param code the message code
	 * @param arguments the message arguments
	 * @param message a message given by the data itself (e.g. a form's own constraint message), may be {@code null}
	 */
	public record Field(String field, String code, List<Object> arguments, LocalizedText message) {
	}
}
