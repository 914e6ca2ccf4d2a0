package ps.rasd.forms;

import java.util.List;

/**
 * Something wrong with a form definition that keeps it from being published.
 *
 * @param where the question or section name, or {@code form}
 * @param code the message code, e.g. {@code forms.problem.expression}
 * @param arguments the message arguments
 */
public record FormProblem(String where, String code, List<Object> arguments) {

	static FormProblem of(String where, String code, Object... arguments) {
		return new FormProblem(where, code, List.of(arguments));
	}
}
