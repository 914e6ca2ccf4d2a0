package ps.rasd.registry;

import ps.rasd.shared.LocalizedText;

/**
 * What is set on a facility when it is created, changed or imported.
 *
 * @param name its name
 * @param typeCode its kind (the sector follows from it)
 * @param authorityId the responsible authority unit
 * @param governorateCode the governorate
 * @param placeId the place, may be {@code null}
 * @param latitude may be {@code null}
 * @param longitude may be {@code null}
 * @param address may be {@code null}
 * @param status whether it is open
 */
public record FacilityDetails(LocalizedText name, String typeCode, long authorityId, String governorateCode,
		Long placeId, Double latitude, Double longitude, String address, FacilityStatus status) {
}
