package ps.rasd.advocacy.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.ui.Model;

import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;

/**
 * The errors of a small form of a page with several forms: by field, as message codes, kept with what was typed so
 * that the page shows both again.
 */
final class Forms {

	private Forms() {
	}

	/** The errors of the failure by field ({@code _} for the form as a whole). */
	static Map<String, String> errors(DomainException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (ex instanceof InvalidInputException invalid && !invalid.fields().isEmpty()) {
			invalid.fields().forEach(f -> errors.putIfAbsent(f.field(), f.code()));
		}
		else {
			errors.put("_", ex.code());
		}
		return errors;
	}

	/** Puts the typed form and its errors in the model under {@code name} and {@code nameErrors}. */
	static void keep(Model model, String name, Object typed, DomainException ex) {
		model.addAttribute(name, typed);
		model.addAttribute(name + "Errors", errors(ex));
	}
}
