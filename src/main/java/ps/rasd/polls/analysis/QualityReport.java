package ps.rasd.polls.analysis;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The quality flags of a poll's responses, for the review page.
 *
 * @param responses one per response, in the order given
 * @param medianDuration the median duration of the responses that have one, {@code null} when none has
 * @param speederThreshold durations under this are speeders, {@code null} when no response has a duration
 * @param enumerators statistics per enumerator, by enumerator name; responses without an enumerator are left out
 * @param options the thresholds used
 */
public record QualityReport(List<ResponseQuality> responses, Duration medianDuration, Duration speederThreshold,
		List<EnumeratorQuality> enumerators, QualityOptions options) {

	/** Copies the lists. */
	public QualityReport {
		responses = List.copyOf(responses);
		enumerators = List.copyOf(enumerators);
	}

	/** The responses with at least one flag. */
	public List<ResponseQuality> flagged() {
		return responses.stream().filter(ResponseQuality::flagged).toList();
	}

	/** The quality of one response. */
	public ResponseQuality response(long id) {
		return responses.stream().filter(r -> r.id() == id).findFirst()
			.orElseThrow(() -> new IllegalArgumentException(String.valueOf(id)));
	}

	/** How many responses carry a flag. */
	public long count(QualityFlag flag) {
		return responses.stream().filter(r -> r.flags().contains(flag)).count();
	}

	/**
	 * The flags of one response.
	 *
	 * @param id the response id
	 * @param enumerator who collected it, may be {@code null}
	 * @param duration how long it took, may be {@code null}
	 * @param flags its flags, empty when none
	 * @param duplicateOf the ids of the other responses with the same answers
	 * @param straightLined the questions answered alike on one scale, by scale, in form order
	 */
	public record ResponseQuality(long id, String enumerator, Duration duration, Set<QualityFlag> flags,
			List<Long> duplicateOf, List<String> straightLined) {

		/** Copies the collections. */
		public ResponseQuality {
			flags = flags.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(flags));
			duplicateOf = List.copyOf(duplicateOf);
			straightLined = List.copyOf(straightLined);
		}

		/** Whether the response has any flag. */
		public boolean flagged() {
			return !flags.isEmpty();
		}
	}

	/**
	 * The statistics of one enumerator.
	 *
	 * @param enumerator the enumerator
	 * @param responses responses collected
	 * @param medianDuration median duration of those with a duration, {@code null} when none
	 * @param duplicateShare the share (0 to 1) flagged as duplicates
	 * @param speederShare the share flagged as speeders
	 * @param straightLinerShare the share flagged as straight-liners
	 * @param flaggedShare the share with any flag
	 */
	public record EnumeratorQuality(String enumerator, int responses, Duration medianDuration, double duplicateShare,
			double speederShare, double straightLinerShare, double flaggedShare) {
	}
}
