package ps.rasd.cases;

import java.time.Instant;

/**
 * One step of a case's timeline.
 *
 * @param step {@code FILED}, {@code NOTE} or the name of the {@link CaseAction} taken
 * @param from the state before
 * @param to the state after
 * @param actor who did it, as a kind
 * @param actorId the account, when staff
 * @param authorityId the unit concerned (referral, escalation, reply)
 * @param at when
 * @param internalNote the note for staff, {@code null} in public views
 * @param publicNote the note anyone may read
 */
public record CaseEventView(String step, CaseStatus from, CaseStatus to, CaseActor actor, Long actorId,
		Long authorityId, Instant at, String internalNote, String publicNote) {

	/** The message key naming this step. */
	public String stepKey() {
		return "cases.step." + step;
	}
}
