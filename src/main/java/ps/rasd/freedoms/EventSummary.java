package ps.rasd.freedoms;

import java.time.Instant;
import java.time.LocalDate;

import ps.rasd.shared.Tier;

/**
 * An event in a documenter's list: no narrative, no identities.
 *
 * @param id the id
 * @param reference the readable reference, e.g. {@code FRD-2026-000123}
 * @param title the internal title
 * @param eventType the event type's code, or {@code null}
 * @param dateFrom the day it happened
 * @param governorateCode the governorate
 * @param status where its documentation stands
 * @param channel how it reached the team
 * @param tier who beyond the team reads its redacted copy
 * @param doNotPublish whether an administrator must lift a lock before it can be published
 * @param updatedAt last change
 * @param version for optimistic locking
 */
public record EventSummary(long id, String reference, String title, String eventType, LocalDate dateFrom,
		String governorateCode, EventStatus status, Channel channel, Tier tier, boolean doNotPublish,
		Instant updatedAt, long version) {
}
