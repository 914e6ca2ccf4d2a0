package ps.rasd.audit;

import java.time.Instant;

/**
 * One entry of the log.
 *
 * @param id its number (the chain runs in commit order, which may differ from the order of the numbers)
 * @param at when
 * @param actorId the account, {@code null} for Rasd itself
 * @param actorName the username, or {@code system}
 * @param action what was done
 * @param subjectType the kind of record
 * @param subjectId the record
 * @param governorateCode the record's governorate, may be {@code null}
 * @param details what changed, may be {@code null}
 * @param hash this entry's hash (SHA-256, hex), {@code null} until it is sealed into the chain (within seconds)
 */
public record AuditEntrySummary(long id, Instant at, Long actorId, String actorName, String action,
		String subjectType, String subjectId, String governorateCode, String details, String hash) {
}
