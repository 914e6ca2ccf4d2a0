package ps.rasd.activities;

import java.util.List;

/**
 * A training's subject, tests and scores.
 *
 * @param activityId the activity
 * @param subject what it trains in, e.g. {@code health-monitoring}
 * @param preFormId the pre-test (a form of the forms module), or {@code null}
 * @param postFormId the post-test, or {@code null}
 * @param scores each participant's scores
 * @param averagePre the mean pre-test score of those with both, {@code null} without
 * @param averagePost the mean post-test score of those with both, {@code null} without
 */
public record TrainingSummary(long activityId, String subject, Long preFormId, Long postFormId, List<Score> scores,
		Double averagePre, Double averagePost) {

	/** The mean improvement from pre- to post-test, {@code null} without both. */
	public Double improvement() {
		return averagePre == null || averagePost == null ? null : Math.round((averagePost - averagePre) * 10) / 10.0;
	}

	/**
	 * A participant's scores.
	 *
	 * @param registrationId the registration
	 * @param name their name (staff only)
	 * @param pre the pre-test score, or {@code null}
	 * @param post the post-test score, or {@code null}
	 */
	public record Score(long registrationId, String name, Double pre, Double post) {

		/** The change, {@code null} without both. */
		public Double change() {
			return pre == null || post == null ? null : Math.round((post - pre) * 10) / 10.0;
		}
	}
}
