package ps.rasd.registry;

import java.math.BigDecimal;

import ps.rasd.shared.LocalizedText;

/**
 * An indicator of service quality.
 *
 * @param id the id
 * @param sectorCode the sector it belongs to
 * @param code a stable code forms refer to, e.g. {@code HEALTH_WAITING}
 * @param name its name
 * @param description what it measures, may be {@code null}
 * @param scaleMin the lowest score
 * @param scaleMax the highest score
 * @param weight its weight in a sector's overall score
 * @param higherIsBetter whether a higher value means better service
 * @param active whether new forms may use it
 */
public record IndicatorSummary(long id, String sectorCode, String code, LocalizedText name, LocalizedText description,
		int scaleMin, int scaleMax, BigDecimal weight, boolean higherIsBetter, boolean active) {
}
