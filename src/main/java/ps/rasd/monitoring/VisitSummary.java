package ps.rasd.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A visit as pages, the API and other modules see it.
 *
 * @param id the id
 * @param reference a readable reference, e.g. {@code V-2026-K7M3Q9XP}
 * @param facilityId the facility visited
 * @param governorateCode its governorate
 * @param sectorCode its sector
 * @param formVersionId the form version answered
 * @param monitorId the monitor's account id (sealed: never shown to the public)
 * @param status where it stands
 * @param answers answers by question name
 * @param visitedOn the day of the visit, when answered
 * @param submittedAt when it was submitted
 * @param reviewComment the coordinator's comment
 * @param overallScore the overall score (0–100) computed at submission
 * @param scores indicator scores computed at submission
 * @param events the visit's history, oldest first
 * @param updatedAt when it last changed
 * @param tier who may read it beyond the staff
 * @param embargoUntil when it may be read by its tier, {@code null} at once
 * @param version the version to send back with a change
 */
public record VisitSummary(long id, String reference, long facilityId, String governorateCode, String sectorCode,
		long formVersionId, long monitorId, VisitStatus status, Map<String, String> answers, LocalDate visitedOn,
		Instant submittedAt, String reviewComment, BigDecimal overallScore, Map<String, BigDecimal> scores,
		List<Event> events, Instant updatedAt, ps.rasd.shared.Tier tier, Instant embargoUntil, long version) {

	/**
	 * @param from the status before, {@code null} when created
	 * @param to the status after
	 * @param actorId who
	 * @param at when
	 * @param comment why, may be {@code null}
	 */
	public record Event(VisitStatus from, VisitStatus to, long actorId, Instant at, String comment) {
	}
}
