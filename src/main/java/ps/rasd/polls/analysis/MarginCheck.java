package ps.rasd.polls.analysis;

import java.util.List;

import ps.rasd.shared.LocalizedText;

/**
 * How close the weighted distribution of one target variable came to its targets, to show that the weights meet them.
 *
 * @param variable the variable code (for cells, the crossed codes)
 * @param label its name
 * @param source the source of the targets
 * @param rows one per target category
 * @param maxDeviation the largest relative difference {@code |achieved - target| / target} (for a target of 0: the
 *     achieved share)
 * @param withinTolerance whether {@code maxDeviation} is within the plan's tolerance
 */
public record MarginCheck(String variable, LocalizedText label, String source, List<Row> rows, double maxDeviation,
		boolean withinTolerance) {

	/** Copies the rows. */
	public MarginCheck {
		rows = List.copyOf(rows);
	}

	/**
	 * One category.
	 *
	 * @param category the category code
	 * @param label its name
	 * @param count respondents in it (unweighted)
	 * @param sampleShare their unweighted share
	 * @param targetShare the population share (0 to 1)
	 * @param achievedShare the weighted share (0 to 1)
	 * @param weightedTotal the weighted total of the category
	 */
	public record Row(String category, LocalizedText label, int count, double sampleShare, double targetShare,
			double achievedShare, double weightedTotal) {
	}
}
