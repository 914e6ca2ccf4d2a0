package ps.rasd.advocacy;

/**
 * How a decision maker or a body kept the commitments made to a campaign (or to all campaigns).
 *
 * @param key who: {@code person:<id>} or {@code authority:<id>}
 * @param name their name
 * @param made commitments made
 * @param kept kept
 * @param partlyKept partly kept
 * @param broken broken
 * @param overdue pending past their date
 * @param suppressed whether the counts are too few to show (fewer than {@link #MIN_PUBLIC} made), as the
 *        authorities' scorecards hide few referrals; only readers who see small counts see them then
 */
public record CommitmentTally(String key, String name, long made, long kept, long partlyKept, long broken,
		long overdue, boolean suppressed) {

	/** Fewer commitments than this are not shown to the public (the rule of the authorities' scorecards). */
	public static final int MIN_PUBLIC = 5;

	/** {@link #MIN_PUBLIC}, for templates. */
	public int minPublic() {
		return MIN_PUBLIC;
	}
}
