package ps.rasd.polls.analysis;

import ps.rasd.shared.LocalizedText;

/**
 * One category of a variable: a choice of a question, a rating point, yes / no / not applicable, or a category of a
 * weighting variable.
 *
 * @param code the stored value, e.g. {@code female}, {@code 3}, {@code yes}
 * @param label its name from the form or the target table; {@code null} when the name comes from the message bundle
 * @param labelCode the message code of the name when {@code label} is {@code null} (e.g. {@code polls.answer.yes}),
 *     otherwise {@code null}; rating points have neither and show their code
 */
public record Category(String code, LocalizedText label, String labelCode) {

	static Category labelled(String code, LocalizedText label) {
		return new Category(code, label, null);
	}

	static Category coded(String code, String labelCode) {
		return new Category(code, null, labelCode);
	}
}
