package ps.rasd.registry;

import ps.rasd.shared.LocalizedText;

/**
 * A kind of facility, e.g. a primary health centre.
 *
 * @param code a stable code
 * @param sectorCode the sector
 * @param name its name
 */
public record FacilityTypeSummary(String code, String sectorCode, LocalizedText name) {
}
