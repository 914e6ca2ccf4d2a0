package ps.rasd.polls.web;

import ps.rasd.shared.DomainException;

/** A file that cannot be imported as it is: not readable, too large, without headers. */
class ImportFileException extends DomainException {

	ImportFileException(String code, Object... arguments) {
		super(code, arguments);
	}
}
