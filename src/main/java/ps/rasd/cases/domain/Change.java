package ps.rasd.cases.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What an action brings along.
 *
 * @param authorityId {@code REFER}, {@code ESCALATE}: the unit
 * @param dueAt {@code REFER}, {@code ESCALATE}: when the reply is due
 * @param duplicateOfId {@code MARK_DUPLICATE}: the original
 * @param internalNote why, for staff (for a reply: the authority's message)
 * @param publicNote a note anyone may read once the case is public
 * @param scheduledFor {@code REPLY_SCHEDULED}: the date of the action
 * @param responsibleNamed {@code REPLY_NOT_RESPONSIBLE}: who is responsible
 * @param replyLinkId the reply link made for a referral or escalation
 */
public record Change(Long authorityId, Instant dueAt, Long duplicateOfId, String internalNote, String publicNote,
		LocalDate scheduledFor, String responsibleNamed, Long replyLinkId) {

	public Change(Long authorityId, Instant dueAt, Long duplicateOfId, String internalNote, String publicNote) {
		this(authorityId, dueAt, duplicateOfId, internalNote, publicNote, null, null, null);
	}

	public static Change notes(String internalNote, String publicNote) {
		return new Change(null, null, null, internalNote, publicNote);
	}

	/** A referral (or escalation) to a unit, due at an instant, answered through a link. */
	public static Change referral(long authorityId, Instant dueAt, long replyLinkId, String internalNote,
			String publicNote) {
		return new Change(authorityId, dueAt, null, internalNote, publicNote, null, null, replyLinkId);
	}

	/** An authority's reply: its message, and the date or the body it names when the kind needs one. */
	public static Change reply(String message, LocalDate scheduledFor, String responsibleNamed) {
		return new Change(null, null, null, message, null, scheduledFor, responsibleNamed, null);
	}
}
