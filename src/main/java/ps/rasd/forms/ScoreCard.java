package ps.rasd.forms;

import java.util.Map;

/**
 * The scores of one set of answers.
 *
 * @param indicators each scored indicator's score (0–100), by indicator code, in form order
 * @param overall the weighted mean of the indicator scores (0–100), {@code null} when nothing was scored
 */
public record ScoreCard(Map<String, Double> indicators, Double overall) {
}
