package ps.rasd.polls.web;

import ps.rasd.shared.DomainException;
import ps.rasd.shared.archive.ArchiveRefused;

/** A file that cannot be imported as it is: not readable, too large, without headers. Answered 422 unless 413. */
class ImportFileException extends DomainException {

	private final int status;

	ImportFileException(String code, Object... arguments) {
		this(422, code, arguments);
	}

	private ImportFileException(int status, String code, Object... arguments) {
		super(code, arguments);
		this.status = status;
	}

	/** The refusal of the safe-archive gate, as an import problem with its status (413 or 422). */
	static ImportFileException of(ArchiveRefused refused) {
		return new ImportFileException(refused.status(), refused.code(), refused.arguments());
	}

	/** The HTTP status of the page that shows it. */
	int status() {
		return status;
	}
}
