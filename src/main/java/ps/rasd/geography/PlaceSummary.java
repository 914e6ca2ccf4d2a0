package ps.rasd.geography;

import java.util.List;

import ps.rasd.shared.LocalizedText;

/**
 * A town, village or camp.
 *
 * @param id the place id
 * @param governorateCode the PCBS code of its governorate
 * @param name Arabic and English names
 * @param aliases other spellings
 * @param latitude latitude (WGS 84)
 * @param longitude longitude (WGS 84)
 */
public record PlaceSummary(long id, String governorateCode, LocalizedText name, List<String> aliases,
		Double latitude, Double longitude) {
}
