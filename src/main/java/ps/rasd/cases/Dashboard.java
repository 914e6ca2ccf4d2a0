package ps.rasd.cases;

/**
 * What a coordinator must act on.
 *
 * @param overdue referrals past their due date
 * @param awaitingVerification submitted cases
 * @param awaitingConfirmation cases the authority calls resolved
 * @param repliesToModerate authorities' replies waiting for moderation
 */
public record Dashboard(long overdue, long awaitingVerification, long awaitingConfirmation,
		long repliesToModerate) {
}
