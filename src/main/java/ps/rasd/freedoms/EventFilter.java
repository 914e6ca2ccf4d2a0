package ps.rasd.freedoms;

import java.time.LocalDate;

/**
 * What a documenter's list shows; every part may be {@code null} (no limit).
 *
 * @param governorateCode one governorate
 * @param status one status
 * @param eventType one event type
 * @param from first day (of the event's date)
 * @param to last day
 */
public record EventFilter(String governorateCode, EventStatus status, String eventType, LocalDate from, LocalDate to) {

	/** No limits. */
	public static EventFilter all() {
		return new EventFilter(null, null, null, null, null);
	}
}
