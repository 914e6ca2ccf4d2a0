package ps.rasd.freedoms;

import java.time.LocalDate;

/**
 * A first report of a violation, from the public, a monitor or a partner: seen only by the documenters of the
 * governorate until verified.
 *
 * @param title what happened, in a line
 * @param narrative what happened
 * @param eventType a code of {@link TermKind#EVENT_TYPE}, or {@code null} when the reporter does not know
 * @param dateFrom the day
 * @param dateTo the last day when unsure, or {@code null}
 * @param governorateCode the governorate
 * @param place the place
 * @param reporter the reporter's name and contacts (sealed), {@link SealedIdentity#NONE} when anonymous
 */
public record InitialReport(String title, String narrative, String eventType, LocalDate dateFrom, LocalDate dateTo,
		String governorateCode, String place, SealedIdentity reporter) {

	public InitialReport {
		reporter = reporter == null ? SealedIdentity.NONE : reporter;
	}
}
