package ps.rasd.polls.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import ps.rasd.shared.DomainException;
import ps.rasd.shared.InvalidInputException;

/** The failures of the analysis: message codes with arguments, so the web can say what is wrong in either language. */
final class Failures {

	private Failures() {
	}

	/** A failure about one field (a variable, a table row, a question) with its arguments. */
	static InvalidInputException invalid(String field, String code, Object... arguments) {
		List<Object> args = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(arguments)));
		return new InvalidInputException(code, List.of(new InvalidInputException.Field(field, code, args, null)),
				arguments);
	}

	/** A failure of the statistics core, passed on with its code and arguments. */
	static InvalidInputException of(DomainException failure) {
		return new InvalidInputException(failure.code(), List.of(), failure.arguments());
	}
}
