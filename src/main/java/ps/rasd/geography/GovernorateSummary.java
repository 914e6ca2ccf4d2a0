package ps.rasd.geography;

import ps.rasd.shared.LocalizedText;

/**
 * A governorate as other modules and the API see it.
 *
 * @param code the PCBS code (two digits, e.g. {@code 50} for Hebron); the id other modules refer to
 * @param ochaPcode the OCHA admin-2 p-code, e.g. {@code PS0150}
 * @param isoCode the ISO 3166-2 code, e.g. {@code PS-HBN}
 * @param region {@code WEST_BANK} or {@code GAZA_STRIP}
 * @param name the Arabic and English (PCBS spelling) names
 * @param population2017 the 2017 census count
 * @param latitude the centre's latitude
 * @param longitude the centre's longitude
 * @param places how many places the governorate has in Rasd's list
 */
public record GovernorateSummary(String code, String ochaPcode, String isoCode, String region, LocalizedText name,
		int population2017, Double latitude, Double longitude, long places) {
}
