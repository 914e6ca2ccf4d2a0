package ps.rasd.search.internal;

import java.time.Instant;

import org.apache.lucene.search.Query;

import ps.rasd.shared.access.AccessFacts;
import ps.rasd.shared.access.ReadRule;
import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.Reader;
import ps.rasd.shared.access.Scope;

/**
 * Who finds what: {@link ReadRules#CASEWORK} rendered to the index ({@link LuceneScope}). A reader finds, with its
 * internal text and staff page, every record they read in full; and the redacted copy (public text, public page) of
 * those they read as a copy: what is public once its embargo has passed, for partners also what is shared with
 * partners. Reference records (places, facilities, authorities) are public and never embargoed.
 */
final class Visibility {

	private static final ReadRule RULE = ReadRules.CASEWORK;

	private final Scope full;

	private final Scope copy;

	Visibility(Reader reader, Instant now) {
		this.full = RULE.full(reader, now);
		this.copy = RULE.copy(reader, now);
	}

	/** What this reader finds as the redacted copy. */
	Query copyFilter() {
		return LuceneScope.where(copy);
	}

	/** What this reader finds in full, with internal text; {@code null} when nothing. */
	Query fullFilter() {
		return full instanceof Scope.Nothing ? null : LuceneScope.where(full);
	}

	/** Whether this reader reads anything in full: otherwise no internal text is ever shown to them. */
	boolean readsAnyInFull() {
		return !(full instanceof Scope.Nothing);
	}

	/** Whether this reader reads a found record in full (the same rule as {@link #fullFilter()}). */
	boolean readsInFull(AccessFacts record) {
		return full.test(record);
	}
}
