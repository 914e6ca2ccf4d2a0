package ps.rasd.cases;

/**
 * What someone files.
 *
 * @param title a short title
 * @param description what happened
 * @param governorateCode where: the governorate (required)
 * @param placeId where: the locality, optional
 * @param facilityId the facility, optional (its governorate and sector win)
 * @param sectorCode the service's sector (required unless a facility is given)
 * @param latitude optional
 * @param longitude optional
 */
public record NewCase(String title, String description, String governorateCode, Long placeId, Long facilityId,
		String sectorCode, Double latitude, Double longitude) {
}
