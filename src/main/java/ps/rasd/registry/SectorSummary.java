package ps.rasd.registry;

import java.util.List;

import ps.rasd.shared.LocalizedText;

/**
 * A public service sector with its indicators and facility types.
 *
 * @param id the id
 * @param code a stable code, e.g. {@code HEALTH}
 * @param name its name
 * @param description what it covers, may be {@code null}
 * @param active whether it is in use
 * @param indicators its indicators, in order
 * @param facilityTypes its kinds of facility, in order
 * @param version the version to send back with a change
 */
public record SectorSummary(long id, String code, LocalizedText name, LocalizedText description, boolean active,
		List<IndicatorSummary> indicators, List<FacilityTypeSummary> facilityTypes, long version) {
}
