package ps.rasd.advocacy;

import java.time.Instant;

/**
 * A citation in a campaign's evidence base: what the figure was when cited, and what it is now.
 *
 * @param id the record
 * @param number its number in the campaign's evidence base (1, 2, …), the footnote number of the papers
 * @param kind what it names
 * @param ref the reference of the record named
 * @param label what it was called when cited (for the public: what it is called now, in its public copy)
 * @param valueCited the figure when cited, written in the reader's language
 * @param method how the figure was made, or {@code null}
 * @param citedAt when it was cited
 * @param current the record as it stands now for this reader, or {@code null} when this reader may no longer read it
 *        (or it is gone)
 * @param publicNow whether the record named is public now (a public page shows only those)
 * @param figureCited the figure when cited as data, or {@code null} for an old citation whose text could not be read
 */
public record Citation(long id, int number, CitationKind kind, String ref, String label, String valueCited,
		String method, Instant citedAt, Citable current, boolean publicNow, Figure figureCited) {

	/** Whether the cited record can still be read (and is public, on a public page). */
	public boolean available() {
		return current != null;
	}

	/** Whether the figure changed since it was cited. */
	public boolean changed() {
		if (current == null) {
			return false;
		}
		if (figureCited != null && current.figure() != null) {
			return !figureCited.equals(current.figure());
		}
		return !current.value().equals(valueCited);
	}
}
