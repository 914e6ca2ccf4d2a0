package ps.rasd.cases;

/**
 * How an authority unit answers the cases referred to it.
 *
 * @param referred cases referred (or escalated) to it
 * @param replied of those, the ones it replied to
 * @param medianDaysToReply the median of days from referral to its first reply, {@code null} without replies
 * @param overdue referrals past their due date without a reply, now
 * @param confirmedFixed cases a monitor confirmed fixed
 * @param suppressed whether the figures are too few to show the public (fewer than {@link #MIN_PUBLIC})
 */
public record AuthorityScorecard(long referred, long replied, Double medianDaysToReply, long overdue,
		long confirmedFixed, boolean suppressed) {

	/** Fewer referrals than this are not shown to the public. */
	public static final int MIN_PUBLIC = 5;

	/** The share of referrals replied to, in percent, or {@code null} when nothing was referred. */
	public Long replyRatePercent() {
		return referred == 0 ? null : Math.round(100.0 * replied / referred);
	}
}
