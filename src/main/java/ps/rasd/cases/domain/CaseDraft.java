package ps.rasd.cases.domain;

/** The fields of a new case. */
public record CaseDraft(String title, String description, String governorateCode, Long placeId, Long facilityId,
		String sectorCode, Double latitude, Double longitude, Long visitId, String indicatorCode) {
}
