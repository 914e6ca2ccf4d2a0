package ps.rasd.shared.archive;

import ps.rasd.shared.DomainException;

/**
 * An uploaded archive or compressed file was refused before it was parsed. {@link #tooLarge()} is {@code true} when
 * it unpacks to more than allowed (answered 413), {@code false} when it is damaged or holds what a file of its kind
 * must not (a document type declaration, a nested archive: answered 422). The code is a message key
 * ({@code archive.*}) whose first argument is the file's name.
 */
public class ArchiveRefused extends DomainException {

	private final boolean tooLarge;

	public ArchiveRefused(boolean tooLarge, String code, Object... arguments) {
		super(code, arguments);
		this.tooLarge = tooLarge;
	}

	/** Whether the file unpacks to more than allowed (413) rather than being malformed (422). */
	public boolean tooLarge() {
		return tooLarge;
	}

	/** The HTTP status that answers it: 413 or 422. */
	public int status() {
		return tooLarge ? 413 : 422;
	}
}
