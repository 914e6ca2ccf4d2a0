package ps.rasd.polls.stats;

/**
 * The outcome of trimming.
 *
 * @param weights the trimmed weights; their total is the total of the weights given
 * @param trimmed how many weights were set to a bound
 * @param rounds how many rounds of capping and redistributing were needed
 * @param lower the lower bound applied, as a weight
 * @param upper the upper bound applied, as a weight
 */
public record TrimResult(double[] weights, int trimmed, int rounds, double lower, double upper) {
}
