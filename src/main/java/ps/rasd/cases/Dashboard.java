package ps.rasd.cases;

import java.util.Map;

/**
 * What a coordinator must act on.
 *
 * @param byStatus open cases per state in the person's governorates
 * @param overdue referrals past their due date
 * @param awaitingVerification submitted cases
 * @param awaitingConfirmation cases the authority calls resolved
 * @param repliesToModerate authorities' replies waiting for moderation
 */
public record Dashboard(Map<CaseStatus, Long> byStatus, long overdue, long awaitingVerification,
		long awaitingConfirmation, long repliesToModerate) {
}
