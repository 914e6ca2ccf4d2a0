package ps.rasd.cases;

import java.time.Instant;
import java.util.List;

/**
 * A published case as the public reads it: only the redacted copy and public facts, never what the reporter wrote,
 * who reported, internal notes or exact coordinates.
 *
 * @param reference the reference
 * @param title the published title
 * @param story the published story
 * @param governorateCode where
 * @param placeId the locality, if known
 * @param facilityId the facility, if any
 * @param sectorCode the sector
 * @param status where it stands
 * @param authorityId the unit it was last referred to
 * @param filedAt when it was filed
 * @param publishedAt when it was made public
 * @param updatedAt when it last changed
 * @param timeline the public steps
 * @param replies the authorities' replies approved for publication
 */
public record PublicFinding(String reference, String title, String story, String governorateCode, Long placeId,
		Long facilityId, String sectorCode, CaseStatus status, Long authorityId, Instant filedAt, Instant publishedAt,
		Instant updatedAt, List<Step> timeline, List<PublicReply> replies) {

	/**
	 * A public step.
	 *
	 * @param step the step key ({@code FILED} or an action name)
	 * @param to the state after it
	 * @param at when
	 * @param note the public note, if any
	 */
	public record Step(String step, CaseStatus to, Instant at, String note) {

		/** The message key naming this step. */
		public String stepKey() {
			return "cases.step." + step;
		}
	}

	/**
	 * An authority's reply, as approved.
	 *
	 * @param authorityId the unit
	 * @param kind which reply
	 * @param text the approved text
	 * @param receivedAt when
	 */
	public record PublicReply(long authorityId, CaseAction kind, String text, Instant receivedAt) {
	}
}
