package ps.rasd.polls.stats;

import ps.rasd.shared.DomainException;

/**
 * Post-stratification: each weight is multiplied by {@code T_c / W_c}, the target of its cell over the weighted total
 * of the cell, so the weighted total of every cell equals its target. Cells are usually crossed variables (sex by age
 * group, coded {@code sex * ages + age}).
 */
public final class PostStratification {

	private PostStratification() {
	}

	/**
	 * Scales the weights to the cell targets.
	 *
	 * @param weights the starting weights (design weights, or all 1)
	 * @param cells the cell of each respondent and the population total of each cell
	 * @return new weights whose cell totals equal the targets
	 * @throws DomainException {@code polls.weighting.empty-cell} (variable, cell) when a cell with a target above zero
	 *     has no respondent of positive weight; the checks of weights and codes
	 */
	public static double[] apply(double[] weights, Margin cells) {
		Checks.weights(weights);
		return scale(weights, cells, "polls.weighting.empty-cell");
	}

	static double[] scale(double[] weights, Margin cells, String emptyCode) {
		int[] codes = cells.codes();
		Checks.weightingCodes(cells.variable(), codes, cells.categories(), weights.length);
		double[] totals = Checks.totals(weights, codes, cells.categories());
		double[] factors = new double[totals.length];
		for (int c = 0; c < totals.length; c++) {
			double target = cells.targets()[c];
			if (target > 0 && totals[c] <= 0) {
				throw new DomainException(emptyCode, cells.variable(), c);
			}
			factors[c] = target == 0 ? 0 : target / totals[c];
		}
		double[] scaled = new double[weights.length];
		for (int i = 0; i < weights.length; i++) {
			scaled[i] = weights[i] * factors[codes[i]];
		}
		return scaled;
	}
}
