package ps.rasd.polls.analysis;

/**
 * Thresholds of the quality checks.
 *
 * @param speederFraction a response faster than this fraction of the median duration is a speeder; half the median
 *     is a common rule of thumb in survey research (see Greszki, Meyer and Schoen, Exploring the effects of removing
 *     too fast responses and respondents from web surveys, Public Opinion Quarterly 79(2), 2015, on thresholds relative
 *     to the median completion time)
 * @param straightLineMinimum a respondent who gave one and the same answer to at least this many questions sharing a
 *     choice or rating scale (and answered no question of that scale differently) is a straight-liner
 * @param minimumDuplicateAnswers responses are compared for duplicates only when they answered at least this many
 *     questions (besides free text), so two nearly empty responses are not called duplicates
 */
public record QualityOptions(double speederFraction, int straightLineMinimum, int minimumDuplicateAnswers) {

	/** Checks the values. */
	public QualityOptions {
		if (!(speederFraction > 0 && speederFraction < 1)) {
			throw Failures.invalid("speederFraction", "polls.quality.invalid-speeder-fraction", speederFraction);
		}
		if (straightLineMinimum < 2) {
			throw Failures.invalid("straightLineMinimum", "polls.quality.invalid-straight-line", straightLineMinimum);
		}
		if (minimumDuplicateAnswers < 1) {
			throw Failures.invalid("minimumDuplicateAnswers", "polls.quality.invalid-duplicate-minimum",
					minimumDuplicateAnswers);
		}
	}

	/** Speeders under half the median, straight-lining over 5 questions, duplicates over 3 answers. */
	public static QualityOptions defaults() {
		return new QualityOptions(0.5, 5, 3);
	}
}
