package ps.rasd.polls.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;

/**
 * Failures of the analysis as sentences in the reader's language: one message per field (shown beside it) and the
 * list shown above a form, so a page says exactly which table, row, variable or category is wrong.
 */
final class Problems {

	private Problems() {
	}

	/** Puts {@code fieldErrors} (field to message) and {@code problems} (every message) in the model. */
	static void show(DomainException failure, MessageSource messages, Locale locale, Model model) {
		Map<String, String> fields = new LinkedHashMap<>();
		List<String> all = new ArrayList<>();
		if (failure instanceof InvalidInputException invalid) {
			for (InvalidInputException.Field f : invalid.fields()) {
				String text = f.message() != null ? f.message().in(locale)
						: messages.getMessage(f.code(), f.arguments().toArray(), f.code(), locale);
				fields.putIfAbsent(f.field(), text);
				if (!all.contains(text)) {
					all.add(text);
				}
			}
		}
		if (all.isEmpty()) {
			all.add(message(failure, messages, locale));
		}
		model.addAttribute("fieldErrors", fields);
		model.addAttribute("problems", all);
	}

	/** The message of a failure. */
	static String message(DomainException failure, MessageSource messages, Locale locale) {
		return messages.getMessage(failure.code(), failure.arguments(), failure.code(), locale);
	}
}
