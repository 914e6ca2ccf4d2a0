package ps.rasd.freedoms;

import java.util.Map;

/**
 * The sealed identities of one event, opened for a documenter of its governorate or an administrator (the reading is
 * audited).
 *
 * @param reporter the public reporter's contact, {@link SealedIdentity#NONE} when none
 * @param victims by victim id
 * @param sources by source id
 */
public record Identities(SealedIdentity reporter, Map<Long, SealedIdentity> victims,
		Map<Long, SealedIdentity> sources) {
}
