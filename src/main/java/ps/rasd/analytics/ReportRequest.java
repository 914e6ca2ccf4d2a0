package ps.rasd.analytics;

import java.time.LocalDate;

/**
 * A periodic monitoring report asked for.
 *
 * @param from first day of the period
 * @param to last day of the period
 * @param governorateCode one governorate, or {@code null} for all
 * @param sectorCode one sector, or {@code null} for all
 * @param language {@code ar} or {@code en}
 */
public record ReportRequest(LocalDate from, LocalDate to, String governorateCode, String sectorCode,
		String language) {

	/** Whether the report is in English (otherwise Arabic, right to left). */
	public boolean english() {
		return "en".equals(language);
	}

}
