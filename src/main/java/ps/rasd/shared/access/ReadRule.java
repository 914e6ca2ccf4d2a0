package ps.rasd.shared.access;

import java.time.Instant;

/**
 * Who reads one kind of record. {@link #full} and {@link #copy} give the scopes; {@link #sight} applies them to one
 * record, so a page, the API, an export and the search give the same answer.
 */
public interface ReadRule {

	/** The records the reader reads in full. */
	Scope full(Reader reader, Instant now);

	/** The records the reader reads as their redacted copy, at least (the full ones are in it too). */
	Scope copy(Reader reader, Instant now);

	/** Whether the reader may read the sealed identities (reporters, victims, contacts) of a record of the governorate. */
	boolean readsSealed(Reader reader, String governorate);

	/** Every record the reader reads at all. */
	default Scope any(Reader reader, Instant now) {
		return Scope.anyOf(full(reader, now), copy(reader, now));
	}

	/** How much of the record the reader sees. */
	default Sight sight(Reader reader, AccessFacts record, Instant now) {
		if (full(reader, now).test(record)) {
			return Sight.FULL;
		}
		return copy(reader, now).test(record) ? Sight.COPY : Sight.NONE;
	}
}
