package ps.rasd.polls;

import java.math.BigDecimal;

/**
 * How an answer becomes a category of a weighting variable: an answer equal to {@code match}, or a number in the
 * range {@code low-high} (both included, either side may be empty), gives {@code category}.
 *
 * @param match an answer value, or a range such as {@code 18-29} or {@code 60-}
 * @param category the variable's category code
 */
public record CategoryRule(String match, String category) {

	public CategoryRule {
		match = match == null ? "" : match.strip();
		category = category == null ? "" : category.strip();
	}

	/** Whether this rule is a numeric range. */
	public boolean range() {
		return match.matches("\\d*(\\.\\d+)?-\\d*(\\.\\d+)?") && !"-".equals(match);
	}

	/** Whether the answer falls under this rule. */
	public boolean matches(String answer) {
		if (answer == null || answer.isBlank()) {
			return false;
		}
		if (!range()) {
			return match.equals(answer.strip());
		}
		BigDecimal value;
		try {
			value = new BigDecimal(answer.strip());
		}
		catch (NumberFormatException ex) {
			return false;
		}
		int dash = match.indexOf('-');
		String low = match.substring(0, dash);
		String high = match.substring(dash + 1);
		return (low.isEmpty() || value.compareTo(new BigDecimal(low)) >= 0)
				&& (high.isEmpty() || value.compareTo(new BigDecimal(high)) <= 0);
	}

	/** The rule as written in the editor: {@code match=category}. */
	@Override
	public String toString() {
		return match + "=" + category;
	}
}
