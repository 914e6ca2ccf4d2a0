package ps.rasd.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How a question's answer becomes points (0–100) for an indicator.
 * <ul>
 * <li>single choice, yes/no/n.a.: {@code points} maps a value to its points; a value not in the map (such as
 * {@code na}) is not scored. Yes/no without a map: yes 100, no 0.</li>
 * <li>multiple choice: the points of the selected values are added, up to 100.</li>
 * <li>rating 1–5: {@code points} when given, else 1 → 0, 5 → 100 in even steps.</li>
 * <li>integer and decimal: the first band whose {@code upTo} is at least the answer (a band without {@code upTo}
 * takes the rest).</li>
 * </ul>
 *
 * @param indicator the code of the indicator the points count towards
 * @param points points by answer value
 * @param bands points by numeric range, in ascending order
 */
public record Scoring(String indicator, Map<String, Double> points, List<Band> bands) {

	/**
	 * @param upTo the largest answer in this band, {@code null} for the last band
	 * @param points the points of an answer in this band
	 */
	public record Band(BigDecimal upTo, double points) {
	}
}
