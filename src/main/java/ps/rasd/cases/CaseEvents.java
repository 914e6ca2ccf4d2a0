package ps.rasd.cases;

/** Events the cases module publishes (handled after commit). */
public final class CaseEvents {

	private CaseEvents() {
	}

	/**
	 * A case changed state.
	 *
	 * @param caseId the case
	 * @param reference its reference
	 * @param action what was done
	 * @param from the state before
	 * @param to the state after
	 * @param authorityId the unit concerned
	 * @param replyLinkId the reply link made for a referral or escalation, {@code null} otherwise
	 */
	public record CaseMoved(long caseId, String reference, CaseAction action, CaseStatus from, CaseStatus to,
			Long authorityId, Long replyLinkId) {
	}

	/**
	 * A case was filed.
	 *
	 * @param caseId the case
	 * @param reference its reference
	 * @param governorateCode where
	 */
	public record CaseFiled(long caseId, String reference, String governorateCode) {
	}

	/**
	 * A referral's reply is due soon ({@code overdue} false) or is past due ({@code overdue} true).
	 *
	 * @param caseId the case
	 * @param reference its reference
	 * @param authorityId the unit
	 * @param overdue whether the due date has passed
	 */
	public record DeadlineNear(long caseId, String reference, long authorityId, boolean overdue) {
	}
}
