package ps.rasd.polls.stats;

/**
 * A test of independence of the rows and columns of a weighted cross-tab, over the rows and columns that have answers.
 *
 * @param pearson Pearson X^2 of the weighted proportions scaled to the unweighted size {@code n}:
 *     {@code n sum (p_rc - p_r p_c)^2 / (p_r p_c)}
 * @param pearsonPValue its p-value, which ignores the design; for comparison only
 * @param designCorrection the mean generalized design effect (delta-bar of Rao and Scott)
 * @param raoScott the first-order Rao-Scott statistic {@code pearson / designCorrection}
 * @param degreesOfFreedom {@code (rows - 1)(columns - 1)}
 * @param pValue the p-value of the Rao-Scott statistic
 */
public record IndependenceTest(double pearson, double pearsonPValue, double designCorrection, double raoScott,
		int degreesOfFreedom, double pValue) {
}
