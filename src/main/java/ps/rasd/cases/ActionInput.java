package ps.rasd.cases;

import java.time.LocalDate;

/**
 * What a person gives with an action; only the fields the action needs are read.
 *
 * @param authorityId {@code REFER}: the unit (the suggested one when {@code null})
 * @param dueOn {@code REFER}, {@code ESCALATE}: the due date (from the unit's deadline when {@code null})
 * @param duplicateOf {@code MARK_DUPLICATE}: the reference of the original case
 * @param scheduledFor {@code REPLY_SCHEDULED}: the date of the action
 * @param responsibleNamed {@code REPLY_NOT_RESPONSIBLE}: who is responsible
 * @param internalNote why, for staff
 * @param publicNote an optional note anyone may read once the case is public
 */
public record ActionInput(Long authorityId, LocalDate dueOn, String duplicateOf, LocalDate scheduledFor,
		String responsibleNamed, String internalNote, String publicNote) {

	/** Notes only. */
	public static ActionInput notes(String internalNote, String publicNote) {
		return new ActionInput(null, null, null, null, null, internalNote, publicNote);
	}
}
