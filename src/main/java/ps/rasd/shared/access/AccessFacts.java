package ps.rasd.shared.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import ps.rasd.shared.Tier;

/**
 * What a read rule needs to know of one record; a kind of record that lacks a fact gives {@code null} (or an empty
 * set) and no scope over that fact matches it.
 *
 * @param governorate the PCBS code of the record's governorate
 * @param tier who beyond the staff may read it
 * @param embargoUntil the first instant it may be read beyond the staff, or {@code null} (an embargo kept as a
 * day starts at midnight in Palestine: {@link #startOf})
 * @param ownerId the account that made it (filed the case, made the visit), or {@code null}
 * @param assigneeIds the accounts it is assigned to (a follow-up check, a visit to make)
 * @param organisationId the partner organisation it is shared with by name, or {@code null}
 */
public record AccessFacts(String governorate, Tier tier, Instant embargoUntil, Long ownerId, Set<Long> assigneeIds,
		Long organisationId) {

	public AccessFacts {
		assigneeIds = assigneeIds == null ? Set.of() : Set.copyOf(assigneeIds);
		tier = tier == null ? Tier.INTERNAL : tier;
	}

	/** Palestine's time zone, in which an embargo kept as a day begins. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Hebron");

	/** The first instant of the day in Palestine; {@code null} for {@code null}. */
	public static Instant startOf(LocalDate day) {
		return day == null ? null : day.atStartOfDay(ZONE).toInstant();
	}

	/** A record of a governorate with a tier and embargo, made by an account. */
	public static AccessFacts of(String governorate, Tier tier, Instant embargoUntil, Long ownerId) {
		return new AccessFacts(governorate, tier, embargoUntil, ownerId, Set.of(), null);
	}

	/** The same record, assigned to these accounts. */
	public AccessFacts assignedTo(Set<Long> accounts) {
		return new AccessFacts(governorate, tier, embargoUntil, ownerId, accounts, organisationId);
	}
}
