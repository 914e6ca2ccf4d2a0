package ps.rasd.shared.spi;

import ps.rasd.shared.RasdPrincipal;

/**
 * A module says who may see the files attached to its records (for instance a visit's photos: whoever may see the
 * visit). The evidence module asks before it serves a file; a kind of record nobody answers for is refused.
 */
public interface EvidenceAccess {

	/** The kind of record this module answers for, e.g. {@code visit}. */
	String subjectType();

	/** Whether this person (who may be {@code null}: the public) may see files of this record. */
	boolean maySee(String subjectId, RasdPrincipal viewer);
}
