package ps.rasd.polls.imports;

import ps.rasd.shared.DomainException;
import ps.rasd.shared.archive.ArchiveRefused;

/** A file that cannot be imported as it is: not readable, too large, without headers. Answered 422 unless 413. */
public class ImportFileException extends DomainException {

	private final int status;

	public ImportFileException(String code, Object... arguments) {
		this(422, code, arguments);
	}

	private ImportFileException(int status, String code, Object... arguments) {
		super(code, arguments);
		this.status = status;
	}

	/** The refusal of the safe-archive gate, as an import problem with its status (413 or 422). */
	public static ImportFileException of(ArchiveRefused refused) {
		return new ImportFileException(refused.status(), refused.code(), refused.arguments());
	}

	/** The HTTP status of the page that shows it. */
	public int status() {
		return status;
	}
}
