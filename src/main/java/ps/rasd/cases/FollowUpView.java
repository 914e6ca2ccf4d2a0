package ps.rasd.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up check assigned to a monitor.
 *
 * @param id the id
 * @param caseId the case
 * @param monitorId the monitor
 * @param assignedBy the coordinator
 * @param assignedAt when
 * @param dueOn by when
 * @param outcome {@code CONFIRMED_FIXED} or {@code REOPENED} once done
 * @param note the monitor's note
 * @param doneAt when done
 */
public record FollowUpView(long id, long caseId, long monitorId, long assignedBy, Instant assignedAt, LocalDate dueOn,
		String outcome, String note, Instant doneAt) {
}
