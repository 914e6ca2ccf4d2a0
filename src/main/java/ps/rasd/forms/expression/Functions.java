package ps.rasd.forms.expression;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The XLSForm functions Rasd understands, with the number of arguments each takes. */
final class Functions {

	static final Map<String, Integer> ARITY = Map.of("not", 1, "selected", 2, "count-selected", 1, "string-length",
			1, "number", 1, "true", 0, "false", 0, "regex", 2);

	private Functions() {
	}

	static Object call(String function, List<Expression> args, Expression.Context context) {
		return switch (function) {
			case "not" -> !args.get(0).test(context);
			case "selected" -> tokens(args.get(0).evaluate(context))
				.contains(Values.toText(args.get(1).evaluate(context)));
			case "count-selected" -> (double) tokens(args.get(0).evaluate(context)).size();
			case "string-length" -> (double) Values.toText(args.get(0).evaluate(context)).length();
			case "number" -> Values.toNumber(args.get(0).evaluate(context));
			case "true" -> true;
			case "false" -> false;
			case "regex" -> Values.toText(args.get(0).evaluate(context))
				.matches(Values.toText(args.get(1).evaluate(context)));
			default -> throw new IllegalStateException("unknown function " + function);
		};
	}

	/** A multiple-choice answer is its choice values separated by spaces, as in XLSForm. */
	private static List<String> tokens(Object value) {
		String text = Values.toText(value).strip();
		return text.isEmpty() ? List.of() : Arrays.asList(text.split("\\s+"));
	}
}
