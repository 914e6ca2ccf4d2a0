package ps.rasd.monitoring;

import java.time.LocalDate;

/**
 * A facility a monitor is to visit in a round by a date.
 *
 * @param id the id
 * @param roundId the round
 * @param monitorId the monitor (account id)
 * @param facilityId the facility
 * @param governorateCode the facility's governorate
 * @param dueOn the day it is due
 * @param status {@code OPEN}, {@code DONE} or {@code CANCELLED}
 * @param visitId the visit made for it, once started
 */
public record AssignmentSummary(long id, long roundId, long monitorId, long facilityId, String governorateCode,
		LocalDate dueOn, String status, Long visitId) {

	/** Whether it is open and past its due date on the given day. */
	public boolean overdue(LocalDate today) {
		return "OPEN".equals(status) && dueOn.isBefore(today);
	}
}
