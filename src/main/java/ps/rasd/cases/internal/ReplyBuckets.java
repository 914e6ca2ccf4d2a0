package ps.rasd.cases.internal;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The days from referral to an authority's first reply, kept as a histogram so that the public median is read from a
 * small table instead of every case. Buckets are a quarter of a day under 30 days (0–119), a whole day under 395 days
 * (120–484), and one bucket beyond (485): the median read from them is within a quarter of a day of the exact one
 * while replies come within a month, and within a day up to 13 months.
 */
final class ReplyBuckets {

	static final int QUARTERS = 120;

	static final int LAST = 485;

	private static final double QUARTER_LIMIT = 30;

	private static final double DAY_LIMIT = 395;

	/** The days between referral and first reply, never negative (a reply recorded before the referral counts 0). */
	private static final String DAYS = "greatest(0, (extract(epoch from first_reply_at) - extract(epoch from referred_at))"
			+ " / 86400.0)";

	/** A case's exact days to first reply in SQL over {@code cases_case}: null while not referred or not answered. */
	static final String DAYS_SQL = "case when referred_at is null or first_reply_at is null then null else " + DAYS
			+ " end";

	/** A case's bucket in SQL over {@code cases_case}: null while it was not referred or not answered. */
	static final String SQL = "case when referred_at is null or first_reply_at is null then null when " + DAYS + " < 30"
			+ " then cast(floor(" + DAYS + " * 4) as integer) when " + DAYS + " < 395 then 120 + cast(floor(" + DAYS
			+ " - 30) as integer) else 485 end";

	private ReplyBuckets() {
	}

	/** The bucket of this many days (the SQL above, in Java). */
	static int of(double days) {
		double d = Math.max(0, days);
		if (d < QUARTER_LIMIT) {
			return (int) Math.floor(d * 4);
		}
		if (d < DAY_LIMIT) {
			return QUARTERS + (int) Math.floor(d - QUARTER_LIMIT);
		}
		return LAST;
	}

	/** What a bucket holds: how many replies and the sum of their exact days. */
	record Tally(long count, double days) {

		double mean() {
			return days / count;
		}
	}

	/**
	 * The median of the counted replies, as {@code percentile_cont(0.5)} computes it from the sorted values (the mean
	 * of the two middle ones for an even count), each reply taken at the mean of its bucket — exact when the replies
	 * of a bucket took the same time, and never further from the truth than the bucket is wide; null when none.
	 */
	static Double median(Map<Integer, Tally> buckets) {
		SortedMap<Integer, Tally> sorted = new TreeMap<>(buckets);
		sorted.values().removeIf(t -> t == null || t.count() <= 0);
		long total = sorted.values().stream().mapToLong(Tally::count).sum();
		if (total == 0) {
			return null;
		}
		double position = (total - 1) / 2.0;
		long below = (long) Math.floor(position);
		double low = valueAt(sorted, below);
		double high = valueAt(sorted, (long) Math.ceil(position));
		return low + (position - below) * (high - low);
	}

	/** The rank-th smallest reply (from 0), taken at the mean of its bucket. */
	private static double valueAt(SortedMap<Integer, Tally> sorted, long rank) {
		long seen = 0;
		for (Tally tally : sorted.values()) {
			if (rank < seen + tally.count()) {
				return tally.mean();
			}
			seen += tally.count();
		}
		throw new IllegalArgumentException("rank " + rank + " beyond " + seen);
	}
}
