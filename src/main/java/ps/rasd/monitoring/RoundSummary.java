package ps.rasd.monitoring;

import java.time.LocalDate;
import java.util.Set;

import ps.rasd.shared.LocalizedText;

/**
 * A monitoring round, for instance health centres of Hebron in the first quarter of 2027.
 *
 * @param id the id
 * @param name its name
 * @param formId the form its visits answer (the version current when a visit starts)
 * @param governorates the governorates it covers
 * @param startsOn the first day
 * @param endsOn the last day
 */
public record RoundSummary(long id, LocalizedText name, long formId, Set<String> governorates, LocalDate startsOn,
		LocalDate endsOn) {
}
