package ps.rasd.polls.stats;

/**
 * The outcome of raking.
 *
 * @param weights the raked weights, one per respondent
 * @param iterations the sweeps over all margins that were made
 * @param converged whether every margin is within the tolerance
 * @param maxDeviation the largest relative difference between a weighted margin total and its target
 */
public record RakingResult(double[] weights, int iterations, boolean converged, double maxDeviation) {
}
