package ps.rasd.freedoms;

import java.time.LocalDate;

/**
 * A source of information on an event and the consent it gave.
 *
 * @param sourceType a code of {@link TermKind#SOURCE_TYPE}
 * @param reliability the reliability grade
 * @param receivedOn the day the information was received
 * @param mayPublish whether the facts may be published (redacted)
 * @param mayName whether the source may be named (internally: in a partner export with sealed fields)
 * @param mayContact whether the team may contact them again
 * @param identity the sealed identity
 */
public record SourceInput(String sourceType, Reliability reliability, LocalDate receivedOn, boolean mayPublish,
		boolean mayName, boolean mayContact, SealedIdentity identity) {

	public SourceInput {
		reliability = reliability == null ? Reliability.MEDIUM : reliability;
		identity = identity == null ? SealedIdentity.NONE : identity;
	}
}
