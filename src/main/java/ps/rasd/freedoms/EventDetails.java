package ps.rasd.freedoms;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a documenter types about an event. A date and a place are required; {@code dateTo} marks a range when the day
 * is not certain.
 *
 * @param title a short internal title
 * @param narrative what happened, in Arabic or English (internal: it may hold names until redacted)
 * @param eventType a code of {@link TermKind#EVENT_TYPE}, or {@code null}
 * @param rights codes of {@link TermKind#RIGHT} affected
 * @param dateFrom the day it happened (or began)
 * @param dateTo the last day of the range when unsure, or {@code null}
 * @param governorateCode PCBS code of the governorate
 * @param place the place (town, street, campus)
 * @param latitude exact position (WGS 84), or {@code null}; coarsened in anything public
 * @param longitude exact position, or {@code null}
 * @param confidence how sure the team is
 * @param risk the risk assessment
 * @param riskNote why, internal
 */
public record EventDetails(String title, String narrative, String eventType, Set<String> rights, LocalDate dateFrom,
		LocalDate dateTo, String governorateCode, String place, Double latitude, Double longitude,
		Confidence confidence, Risk risk, String riskNote) {

	public EventDetails {
		rights = rights == null ? Set.of() : Set.copyOf(rights);
		confidence = confidence == null ? Confidence.MEDIUM : confidence;
		risk = risk == null ? Risk.MEDIUM : risk;
	}
}
