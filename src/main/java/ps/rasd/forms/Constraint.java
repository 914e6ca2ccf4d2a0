package ps.rasd.forms;

import java.math.BigDecimal;

import ps.rasd.shared.LocalizedText;

/**
 * Limits on an answer; every part is optional.
 *
 * @param min the smallest number allowed (numeric questions)
 * @param max the largest number allowed (numeric questions)
 * @param minLength the fewest characters (text questions)
 * @param maxLength the most characters (text questions)
 * @param pattern a regular expression the whole text must match (text questions)
 * @param expression an XLSForm constraint such as {@code . >= ${opened_at}}, where {@code .} is the answer
 * @param message what to tell the person when the constraint fails, instead of the standard message
 */
public record Constraint(BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength, String pattern,
		String expression, LocalizedText message) {

	/** No limits. */
	public static final Constraint NONE = new Constraint(null, null, null, null, null, null, null);
}
