package ps.rasd.monitoring;

import java.math.BigDecimal;

/**
 * A visit was submitted for review (an event).
 *
 * @param visitId the visit
 * @param facilityId the facility
 * @param governorateCode its governorate
 * @param overallScore the overall score
 */
public record VisitSubmitted(long visitId, long facilityId, String governorateCode, BigDecimal overallScore) {
}
