package ps.rasd.polls.stats;

import java.util.Objects;

/**
 * A question with a numeric answer: {@code values[i]} is the answer of respondent {@code i}, {@code NaN} when missing.
 * The array is not copied.
 *
 * @param name the name of the question, used in messages
 * @param values the answer of each respondent
 */
public record Numeric(String name, double[] values) {

	/** Checks the components are there. */
	public Numeric {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(values, "values");
	}
}
