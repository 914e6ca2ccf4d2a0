package ps.rasd.polls;

import java.util.List;
import java.util.Optional;

/**
 * A demographic question mapped to a weighting variable: {@code governorate}, {@code sex}, {@code age_group},
 * {@code locality_type}, {@code education} or any other code the targets use.
 *
 * @param variable the variable's code
 * @param question the question of the poll's form that gives it
 * @param rules how answers map to categories; none means the answer is the category
 */
public record WeightingVariable(String variable, String question, List<CategoryRule> rules) {

	public WeightingVariable {
		rules = rules == null ? List.of() : List.copyOf(rules);
	}

	/** The category of an answer, empty when the answer is missing or no rule takes it. */
	public Optional<String> categoryOf(String answer) {
		if (answer == null || answer.isBlank()) {
			return Optional.empty();
		}
		if (rules.isEmpty()) {
			return Optional.of(answer.strip());
		}
		return rules.stream().filter(r -> r.matches(answer)).map(CategoryRule::category).findFirst();
	}
}
