package ps.rasd.freedoms;

import java.time.LocalDate;

/**
 * What figures count; every part may be {@code null}.
 *
 * @param governorateCode one governorate
 * @param eventType one event type
 * @param from first day of the events' dates
 * @param to last day
 */
public record FigureFilter(String governorateCode, String eventType, LocalDate from, LocalDate to) {

	/** No limits. */
	public static FigureFilter all() {
		return new FigureFilter(null, null, null, null);
	}
}
