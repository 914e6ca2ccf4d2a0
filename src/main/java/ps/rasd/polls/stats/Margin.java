package ps.rasd.polls.stats;

import java.util.Objects;

import ps.rasd.shared.DomainException;

/**
 * A weighting variable and its population targets: {@code codes[i]} is the category ({@code 0..k-1}) of respondent
 * {@code i}, {@code targets[c]} the population total of category {@code c}. Used for raking margins, post-stratification
 * cells and design strata. The arrays are not copied: do not change them while a computation runs.
 *
 * @param variable the name of the variable, used in messages (e.g. {@code sex})
 * @param codes the category of each respondent
 * @param targets the population total of each category; finite, not negative, not all zero
 */
public record Margin(String variable, int[] codes, double[] targets) {

	/** Checks the targets; codes are checked against the weights by each computation. */
	public Margin {
		Objects.requireNonNull(variable, "variable");
		Objects.requireNonNull(codes, "codes");
		Objects.requireNonNull(targets, "targets");
		if (targets.length == 0) {
			throw new DomainException("polls.weighting.no-categories", variable);
		}
		double total = 0;
		for (int c = 0; c < targets.length; c++) {
			if (!Double.isFinite(targets[c]) || targets[c] < 0) {
				throw new DomainException("polls.weighting.invalid-target", variable, c, targets[c]);
			}
			total += targets[c];
		}
		if (total <= 0) {
			throw new DomainException("polls.weighting.zero-targets", variable);
		}
	}

	/**
	 * A margin given as population shares that sum to 1 (within 0.001), scaled to a total.
	 *
	 * @throws DomainException {@code polls.weighting.shares-sum} when the shares do not sum to 1
	 */
	public static Margin ofShares(String variable, int[] codes, double[] shares, double total) {
		double sum = 0;
		for (double share : shares) {
			sum += share;
		}
		if (Math.abs(sum - 1) > 1e-3) {
			throw new DomainException("polls.weighting.shares-sum", variable, sum);
		}
		double[] targets = new double[shares.length];
		for (int c = 0; c < shares.length; c++) {
			targets[c] = shares[c] / sum * total;
		}
		return new Margin(variable, codes, targets);
	}

	/** The number of categories. */
	public int categories() {
		return targets.length;
	}

	/** The sum of the targets. */
	public double total() {
		double total = 0;
		for (double t : targets) {
			total += t;
		}
		return total;
	}
}
