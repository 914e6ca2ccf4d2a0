package ps.rasd.cases;

import java.time.Instant;
import java.time.LocalDate;

import ps.rasd.shared.access.ReadRules;
import ps.rasd.shared.access.AccessFacts;
import ps.rasd.shared.Tier;

/**
 * A case as other code sees it; the reporter's identity is not here (see {@link ReporterDetails}).
 *
 * @param id the id
 * @param reference the readable reference, e.g. {@code RSD-2026-000123}
 * @param title a short title
 * @param description what happened
 * @param governorateCode PCBS code of the governorate
 * @param placeId the locality, if known
 * @param facilityId the facility, if any
 * @param sectorCode the sector of the service
 * @param latitude where, if given
 * @param longitude where, if given
 * @param status the state
 * @param source how it came in
 * @param filedBy the account that filed it, {@code null} for the public
 * @param visitId the visit it came from, if any
 * @param indicatorCode the failing indicator of that visit, if any
 * @param authorityId the unit it is referred to, if referred
 * @param referredAt when it was last referred or escalated
 * @param dueAt when the unit's reply is due
 * @param overdueSince when it was found overdue
 * @param firstReplyAt the authority's first reply
 * @param resolvedAt when the authority said it was fixed
 * @param closedAt when it was closed
 * @param duplicateOfId the case it duplicates
 * @param tier who may read it beyond staff
 * @param embargoUntil not public before this day
 * @param createdAt filed at
 * @param updatedAt last changed at
 * @param version for optimistic locking
 * @param publicTitle the redacted title the public reads, once published
 * @param publicStory the redacted story the public reads, once published
 * @param publishedAt when it was first made public
 */
public record CaseSummary(long id, String reference, String title, String description, String governorateCode,
		Long placeId, Long facilityId, String sectorCode, Double latitude, Double longitude, CaseStatus status,
		CaseSource source, Long filedBy, Long visitId, String indicatorCode, Long authorityId, Instant referredAt,
		Instant dueAt, Instant overdueSince, Instant firstReplyAt, Instant resolvedAt, Instant closedAt,
		Long duplicateOfId, Tier tier, LocalDate embargoUntil, Instant createdAt, Instant updatedAt, long version,
		String publicTitle, String publicStory, Instant publishedAt) {

	/** Palestine's local time, for due dates given as days and for the day a case is public from. */
	public static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Hebron");

	/** Whether anyone may read the case's public copy on this day. */
	public boolean isPublic(LocalDate today) {
		return publicTitle != null && ReadRules.publicNow(AccessFacts.startOf(today))
			.test(AccessFacts.of(governorateCode, tier, AccessFacts.startOf(embargoUntil), filedBy));
	}

	/** Whether the referral is past its due date and still unanswered at this instant. */
	public boolean overdue(Instant now) {
		return dueAt != null && now.isAfter(dueAt) && status.unanswered();
	}

	/** Whole days since the case was filed. */
	public long ageDays(Instant now) {
		return java.time.Duration.between(createdAt, now).toDays();
	}
}
