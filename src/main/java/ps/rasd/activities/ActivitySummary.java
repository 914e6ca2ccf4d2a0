package ps.rasd.activities;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * An activity with its sessions and counts (never the names of those who registered).
 *
 * @param id the activity
 * @param details what staff entered
 * @param status where it stands
 * @param sessions its sessions by start
 * @param confirmed registrations holding a seat
 * @param waiting registrations on the waiting list
 * @param attended people checked in at least once
 * @param outcomes outcomes and recommendations, staff only
 * @param publicReport the short public report once it is held
 * @param demo whether it is fictional demo content
 * @param version the version to send back with a change
 */
public record ActivitySummary(long id, ActivityDetails details, ActivityStatus status, List<SessionSummary> sessions,
		long confirmed, long waiting, long attended, String outcomes, String publicReport, boolean demo,
		long version) {

	/** The title in the reader's language. */
	public String title(Locale locale) {
		return "en".equals(locale.getLanguage()) && details.titleEn() != null ? details.titleEn() : details.titleAr();
	}

	/** The description in the reader's language. */
	public String description(Locale locale) {
		return "en".equals(locale.getLanguage()) && details.descriptionEn() != null ? details.descriptionEn()
				: details.descriptionAr();
	}

	/** When the first session starts, or {@code null}. */
	public Instant startsAt() {
		return sessions.isEmpty() ? null : sessions.get(0).startsAt();
	}

	/** When the last session ends, or {@code null}. */
	public Instant endsAt() {
		return sessions.isEmpty() ? null : sessions.get(sessions.size() - 1).endsAt();
	}

	/** Seats left before the waiting list. */
	public long seatsLeft() {
		return Math.max(0, details.capacity() - confirmed);
	}

	/** Hours of all sessions together. */
	public double hours() {
		return Math.round(sessions.stream().mapToDouble(SessionSummary::hours).sum() * 10) / 10.0;
	}
}
