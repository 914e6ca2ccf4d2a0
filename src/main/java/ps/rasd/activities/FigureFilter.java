package ps.rasd.activities;

import java.time.LocalDate;

/**
 * Which activities donor figures count: those held with a session in the period.
 *
 * @param from first day (inclusive), or {@code null}
 * @param to last day (inclusive), or {@code null}
 * @param governorateCode one governorate, or {@code null}
 * @param kind one kind, or {@code null}
 * @param campaign one project or campaign reference, or {@code null}
 */
public record FigureFilter(LocalDate from, LocalDate to, String governorateCode, String kind, String campaign) {

	/** Everything ever held. */
	public static FigureFilter all() {
		return new FigureFilter(null, null, null, null, null);
	}
}
