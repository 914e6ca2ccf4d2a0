package ps.rasd.monitoring;

import java.math.BigDecimal;

/**
 * Someone asked, from a visit, to open a case about a failing indicator (an event; the cases module consumes it after
 * commit and files a case with what is here).
 *
 * @param visitId the visit
 * @param visitReference its reference
 * @param facilityId the facility
 * @param governorateCode the facility's governorate
 * @param sectorCode the facility's sector
 * @param indicatorCode the failing indicator
 * @param score its score in the visit
 * @param requestedBy who asked (account id)
 */
public record CaseRequested(long visitId, String visitReference, long facilityId, String governorateCode,
		String sectorCode, String indicatorCode, BigDecimal score, long requestedBy) {
}
