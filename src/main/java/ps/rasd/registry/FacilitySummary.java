package ps.rasd.registry;

import java.time.Instant;

import ps.rasd.shared.LocalizedText;

/**
 * A facility: a point where a public service is delivered.
 *
 * @param id the id
 * @param name its name
 * @param typeCode its kind
 * @param sectorCode its sector
 * @param authorityId the authority unit responsible for it
 * @param governorateCode the governorate (PCBS code)
 * @param placeId the town, village or camp, may be {@code null}
 * @param latitude latitude, may be {@code null}
 * @param longitude longitude, may be {@code null}
 * @param address address, may be {@code null}
 * @param status whether it is open
 * @param updatedAt when it last changed
 * @param version the version to send back with a change
 */
public record FacilitySummary(long id, LocalizedText name, String typeCode, String sectorCode, long authorityId,
		String governorateCode, Long placeId, Double latitude, Double longitude, String address,
		FacilityStatus status, Instant updatedAt, long version) {
}
