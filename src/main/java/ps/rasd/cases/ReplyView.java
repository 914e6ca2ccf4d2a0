package ps.rasd.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An authority's reply to a case.
 *
 * @param id the id
 * @param caseId the case
 * @param authorityId the unit that replied
 * @param kind which reply ({@code REPLY_*} action)
 * @param message the authority's words
 * @param scheduledFor the date of a scheduled action
 * @param responsibleNamed who is responsible, by the authority's account, when not itself
 * @param via {@code LINK} (the authority itself) or {@code STAFF} (recorded by a coordinator)
 * @param receivedAt when
 * @param moderation whether it is approved for publication
 * @param publicText the published text (the message, possibly redacted), once approved
 */
public record ReplyView(long id, long caseId, long authorityId, CaseAction kind, String message,
		LocalDate scheduledFor, String responsibleNamed, String via, Instant receivedAt, Moderation moderation,
		String publicText) {
}
