package ps.rasd.polls.analysis;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One response of a poll, as the analysis sees it.
 *
 * @param id the response id, unique within the poll
 * @param stratum the design stratum (e.g. {@code 01-urban}), may be {@code null} when the design has no strata
 * @param variables weighting variable code (e.g. {@code governorate}, {@code sex}, {@code age_group},
 *     {@code locality_type}, {@code education}) to category code (e.g. {@code 01}, {@code female}, {@code 18-29})
 * @param answers question name to answer as the forms module stores it: a choice value, several values separated by
 *     spaces (multiple choice), a number with Latin digits (rating 1 to 5, integer, decimal), {@code yes}, {@code no}
 *     or {@code na}; an unanswered question is absent
 * @param duration how long the interview took, may be {@code null}
 * @param enumerator who collected it, may be {@code null} (self-administered or imported)
 */
public record Respondent(long id, String stratum, Map<String, String> variables, Map<String, String> answers,
		Duration duration, String enumerator) {

	/** Copies the maps, leaving out entries without a key or value; a missing map is empty. */
	public Respondent {
		variables = copy(variables);
		answers = copy(answers);
	}

	private static Map<String, String> copy(Map<String, String> map) {
		if (map == null) {
			return Map.of();
		}
		try {
			return Map.copyOf(map);
		}
		catch (NullPointerException ex) {
			Map<String, String> kept = new java.util.HashMap<>();
			map.forEach((key, value) -> {
				if (key != null && value != null) {
					kept.put(key, value);
				}
			});
			return Map.copyOf(kept);
		}
	}

	/** The category of a weighting variable, {@code null} when missing or blank. */
	public String variable(String code) {
		String value = variables.get(Objects.requireNonNull(code, "code"));
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The answer to a question, {@code null} when missing or blank. */
	public String answer(String question) {
		String value = answers.get(Objects.requireNonNull(question, "question"));
		return value == null || value.isBlank() ? null : value.strip();
	}
}
