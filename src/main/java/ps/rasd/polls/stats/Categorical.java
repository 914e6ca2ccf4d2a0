package ps.rasd.polls.stats;

import java.util.Objects;

import ps.rasd.shared.DomainException;

/**
 * A question with categories (or a demographic): {@code codes[i]} is the answer of respondent {@code i}, a category
 * {@code 0..categories-1}, or negative when missing. The array is not copied.
 *
 * @param name the name of the question, used in messages
 * @param codes the answer of each respondent
 * @param categories the number of categories
 */
public record Categorical(String name, int[] codes, int categories) {

	/** Checks that there is at least one category. */
	public Categorical {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(codes, "codes");
		if (categories < 1) {
			throw new DomainException("polls.estimates.no-categories", name);
		}
	}
}
