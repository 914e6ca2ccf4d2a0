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

	/**
	 * Counts a unit's referrals one at a time into its scorecard, as they stood at an instant: a reply recorded after
	 * it does not count, a referral due before it and not answered by then is overdue. The pages, the reports and the
	 * export all count this way.
	 */
	public static final class Tally {

		private static final java.util.Set<CaseStatus> UNANSWERED = java.util.EnumSet.of(CaseStatus.REFERRED,
				CaseStatus.ESCALATED);

		private final java.time.Instant asOf;

		private final java.util.List<Double> days = new java.util.ArrayList<>();

		private long referred;

		private long replied;

		private long overdue;

		private long fixed;

		public Tally(java.time.Instant asOf) {
			this.asOf = asOf;
		}

		/** Counts one referral. */
		public void add(java.time.Instant referredAt, java.time.Instant firstReply, CaseStatus status,
				java.time.Instant due) {
			referred++;
			// a millisecond of slack: PostgreSQL rounds a stored time to the nearest microsecond, which may land after
			// the instant the reply was recorded at, when the clock reads that same instant
			boolean answered = firstReply != null && !firstReply.isAfter(asOf.plusMillis(1));
			if (answered) {
				replied++;
				days.add(Math.max(0, java.time.Duration.between(referredAt, firstReply).toMinutes()) / 1440.0);
			}
			if (!answered && due != null && due.isBefore(asOf)
					&& (UNANSWERED.contains(status) || firstReply != null)) {
				overdue++;
			}
			if (status == CaseStatus.CONFIRMED_FIXED) {
				fixed++;
			}
		}

		/** The scorecard of the referrals counted. */
		public AuthorityScorecard result() {
			java.util.Collections.sort(days);
			int n = days.size();
			Double median = n == 0 ? null : n % 2 == 1 ? days.get(n / 2) : (days.get(n / 2 - 1) + days.get(n / 2)) / 2;
			return new AuthorityScorecard(referred, replied, median, overdue, fixed, referred < MIN_PUBLIC);
		}
	}
}
