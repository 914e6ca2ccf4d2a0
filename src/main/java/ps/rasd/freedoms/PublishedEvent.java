package ps.rasd.freedoms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ps.rasd.shared.Tier;

/**
 * The redacted copy of an event that a documenter published: what partners and the public read. No identity, no
 * internal narrative, the position coarsened.
 *
 * @param reference the reference
 * @param title the published title
 * @param narrative the published (redacted) narrative
 * @param eventType the event type's code
 * @param rights the rights affected
 * @param dateFrom the day
 * @param dateTo the last day when a range, or {@code null}
 * @param governorateCode the governorate
 * @param latitude the coarsened latitude, or {@code null}
 * @param longitude the coarsened longitude, or {@code null}
 * @param actTypes the types of its acts, in order
 * @param perpetratorTypes the types of alleged perpetrators named in its acts
 * @param victimsByProfession how many victims of each profession (code, or {@code ""} when not recorded)
 * @param victims how many victims
 * @param publishedAt when it was published
 * @param tier who may read it
 * @param embargoUntil the first day it may be read, or {@code null}
 */
public record PublishedEvent(String reference, String title, String narrative, String eventType, Set<String> rights,
		LocalDate dateFrom, LocalDate dateTo, String governorateCode, Double latitude, Double longitude,
		List<String> actTypes, Set<String> perpetratorTypes, Map<String, Long> victimsByProfession, int victims,
		Instant publishedAt, Tier tier, LocalDate embargoUntil) {
}
