package ps.rasd.media;

import java.time.LocalDate;

/**
 * The reach of a production (or of a post) on one platform on one day.
 *
 * @param platform e.g. {@code youtube}, {@code facebook}, {@code tv}
 * @param countedOn the day the figures are for
 * @param views views or plays
 * @param shares shares
 * @param audience people reached (or the broadcaster's audience estimate)
 * @param imported whether the figures came from a platform's CSV export (else entered by hand)
 */
public record ReachEntry(String platform, LocalDate countedOn, long views, long shares, long audience,
		boolean imported) {
}
