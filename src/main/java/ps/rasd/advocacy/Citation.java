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
 * @param valueCited the figure when cited
 * @param method how the figure was made, or {@code null}
 * @param citedAt when it was cited
 * @param current the record as it stands now for this reader, or {@code null} when this reader may no longer read it
 *        (or it is gone)
 * @param publicNow whether the record named is public now (a public page shows only those)
 */
public record Citation(long id, int number, CitationKind kind, String ref, String label, String valueCited,
		String method, Instant citedAt, Citable current, boolean publicNow) {

	/** Whether the cited record can still be read (and is public, on a public page). */
	public boolean available() {
		return current != null;
	}

	/** Whether the figure changed since it was cited. */
	public boolean changed() {
		return current != null && !current.value().equals(valueCited);
	}
}
