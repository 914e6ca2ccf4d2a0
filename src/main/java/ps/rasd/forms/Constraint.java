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

	/**
	 * Every limit as one XLSForm constraint ({@code . >= 1 and . <= 5 and (…)}), for tools that know only the
	 * expression (XLSForm, XForms); {@code null} when there is no limit. A pattern holding both quote marks cannot be
	 * written as an XPath string and is left out.
	 */
	public String combined() {
		java.util.List<String> parts = new java.util.ArrayList<>();
		if (min != null) {
			parts.add(". >= " + min.toPlainString());
		}
		if (max != null) {
			parts.add(". <= " + max.toPlainString());
		}
		if (minLength != null) {
			parts.add("string-length(.) >= " + minLength);
		}
		if (maxLength != null) {
			parts.add("string-length(.) <= " + maxLength);
		}
		if (pattern != null && !(pattern.contains("'") && pattern.contains("\""))) {
			String quote = pattern.contains("'") ? "\"" : "'";
			parts.add("regex(., " + quote + "^(?:" + pattern + ")$" + quote + ")");
		}
		if (expression != null && !expression.isBlank()) {
			parts.add(parts.isEmpty() ? expression : "(" + expression + ")");
		}
		return parts.isEmpty() ? null : String.join(" and ", parts);
	}
}
