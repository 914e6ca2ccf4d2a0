package ps.rasd.polls.imports;

import ps.rasd.shared.DomainException;

/** A file that cannot be imported as it is: not readable, too large, without headers. */
public class ImportFileException extends DomainException {

	public ImportFileException(String code, Object... arguments) {
		super(code, arguments);
	}
}
