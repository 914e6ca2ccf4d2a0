package ps.rasd.registry;

/**
 * Filters of the facility list; each may be {@code null}.
 *
 * @param governorateCode only this governorate
 * @param sectorCode only this sector
 * @param typeCode only this kind
 * @param authorityId only facilities of this unit
 * @param text words of the name (any spelling)
 */
public record FacilityQuery(String governorateCode, String sectorCode, String typeCode, Long authorityId,
		String text) {

	public static final FacilityQuery ALL = new FacilityQuery(null, null, null, null, null);
}
