package ps.rasd.forms.expression;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A parsed condition in XLSForm (XPath 1.0 subset) syntax: {@code ${q1} = 'yes' and not(selected(${q2}, 'x'))},
 * numeric comparisons and arithmetic, {@code .} for the value being checked. Parsed once by {@link Parser}, evaluated
 * many times against answers; never handled with string tricks.
 */
public sealed interface Expression {

	/** Parses the text, or throws {@link ExpressionException} naming the position of the problem. */
	static Expression parse(String text) {
		return new Parser(text).parse();
	}

	/** Evaluates to an XPath value: a {@link String}, {@link Double} or {@link Boolean}. */
	Object evaluate(Context context);

	/** Whether the expression holds for these answers (XPath boolean conversion of its value). */
	default boolean test(Context context) {
		return Values.toBoolean(evaluate(context));
	}

	/** The names of the questions this expression reads. */
	default Set<String> references() {
		Set<String> names = new LinkedHashSet<>();
		collect(this, names);
		return names;
	}

	private static void collect(Expression e, Set<String> names) {
		if (e instanceof Reference r) {
			names.add(r.name());
		}
		else if (e instanceof Binary b) {
			collect(b.left(), names);
			collect(b.right(), names);
		}
		else if (e instanceof Negate n) {
			collect(n.operand(), names);
		}
		else if (e instanceof Call c) {
			c.arguments().forEach(a -> collect(a, names));
		}
	}

	/**
	 * What an expression reads: answers by question name ({@code ""} when unanswered) and the current value.
	 *
	 * @param answers the answer of a question, by name
	 * @param current the value of {@code .}
	 */
	record Context(Function<String, String> answers, String current) {
	}

	record Literal(Object value) implements Expression {
		@Override
		public Object evaluate(Context context) {
			return value;
		}
	}

	record Reference(String name) implements Expression {
		@Override
		public Object evaluate(Context context) {
			String value = context.answers().apply(name);
			return value == null ? "" : value;
		}
	}

	record Current() implements Expression {
		@Override
		public Object evaluate(Context context) {
			return context.current() == null ? "" : context.current();
		}
	}

	record Negate(Expression operand) implements Expression {
		@Override
		public Object evaluate(Context context) {
			return -Values.toNumber(operand.evaluate(context));
		}
	}

	record Binary(String operator, Expression left, Expression right) implements Expression {
		@Override
		public Object evaluate(Context context) {
			return switch (operator) {
				case "or" -> left.test(context) || right.test(context);
				case "and" -> left.test(context) && right.test(context);
				case "=", "!=", "<", "<=", ">", ">=" ->
					Values.compare(operator, left.evaluate(context), right.evaluate(context));
				default -> Values.arithmetic(operator, Values.toNumber(left.evaluate(context)),
						Values.toNumber(right.evaluate(context)));
			};
		}
	}

	record Call(String function, List<Expression> arguments) implements Expression {
		@Override
		public Object evaluate(Context context) {
			return Functions.call(function, arguments, context);
		}
	}
}
