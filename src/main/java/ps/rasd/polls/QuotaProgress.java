package ps.rasd.polls;

/**
 * Live progress of a quota or a stratum against its plan.
 *
 * @param variable the variable (or {@code stratum})
 * @param category the category (or the stratum's code)
 * @param target the planned number
 * @param achieved the included responses so far
 */
public record QuotaProgress(String variable, String category, int target, long achieved) {

	/** The share reached, in percent, capped at 100. */
	public int percent() {
		return target <= 0 ? 100 : (int) Math.min(100, Math.round(achieved * 100.0 / target));
	}
}
