package ps.rasd.cases;

import java.util.Set;

/**
 * Filters of the coordinators' queue; {@code null} or empty means any.
 *
 * @param statuses the states
 * @param governorateCode one governorate
 * @param sectorCode one sector
 * @param authorityId the unit referred to
 * @param minAgeDays filed at least this many days ago
 * @param overdueOnly only referrals past their due date
 * @param oldestFirst order by filing date, oldest first (newest first otherwise)
 */
public record CaseQuery(Set<CaseStatus> statuses, String governorateCode, String sectorCode, Long authorityId,
		Integer minAgeDays, boolean overdueOnly, boolean oldestFirst) {

	/** Everything one may see, newest first. */
	public static CaseQuery all() {
		return new CaseQuery(Set.of(), null, null, null, null, false, false);
	}
}
