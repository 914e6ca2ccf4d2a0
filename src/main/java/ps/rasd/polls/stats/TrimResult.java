package ps.rasd.polls.stats;

/**
 * The outcome of trimming.
 *
 * @param weights the trimmed weights; their total is the total of the weights given
 * @param trimmed how many weights lie at a bound
 * @param factor what the weights within the bounds were multiplied by to keep the total
 * @param lower the lower bound applied, as a weight
 * @param upper the upper bound applied, as a weight
 */
public record TrimResult(double[] weights, int trimmed, double factor, double lower, double upper) {
}
