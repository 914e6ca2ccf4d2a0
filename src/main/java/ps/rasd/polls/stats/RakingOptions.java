package ps.rasd.polls.stats;

import ps.rasd.shared.DomainException;

/**
 * How far raking goes.
 *
 * @param tolerance the largest accepted relative difference {@code |W_c - T_c| / T_c} between the weighted total and
 *     the target of any category of any margin (for a category whose target is 0: its weighted share of the total)
 * @param maxIterations the most sweeps over all margins
 * @param failIfNotConverged whether not converging within {@code maxIterations} is an error; when {@code false}, the
 *     result says {@code converged = false} and carries the last weights
 */
public record RakingOptions(double tolerance, int maxIterations, boolean failIfNotConverged) {

	/** Checks the values. */
	public RakingOptions {
		if (!(tolerance > 0 && tolerance < 1)) {
			throw new DomainException("polls.weighting.invalid-tolerance", tolerance);
		}
		if (maxIterations < 1) {
			throw new DomainException("polls.weighting.invalid-iterations", maxIterations);
		}
	}

	/** Tolerance 1e-6, at most 100 sweeps, failing when not converged. */
	public static RakingOptions defaults() {
		return new RakingOptions(1e-6, 100, true);
	}
}
