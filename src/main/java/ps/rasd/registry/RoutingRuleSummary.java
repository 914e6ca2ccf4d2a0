package ps.rasd.registry;

/**
 * A rule: problems with this sector in this governorate (and, when given, this kind of facility) go to this unit.
 *
 * @param id the id
 * @param sectorCode the sector
 * @param governorateCode the governorate
 * @param facilityTypeCode the kind of facility, {@code null} for any
 * @param authorityId the unit
 */
public record RoutingRuleSummary(long id, String sectorCode, String governorateCode, String facilityTypeCode,
		long authorityId) {
}
