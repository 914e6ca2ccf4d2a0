package ps.rasd.forms.expression;

import ps.rasd.shared.Digits;

/** XPath 1.0 conversions and comparisons between strings, numbers and booleans. */
final class Values {

	private Values() {
	}

	static boolean toBoolean(Object value) {
		if (value instanceof Boolean b) {
			return b;
		}
		if (value instanceof Double d) {
			return d != 0 && !d.isNaN();
		}
		return value != null && !value.toString().isEmpty();
	}

	static double toNumber(Object value) {
		if (value instanceof Double d) {
			return d;
		}
		if (value instanceof Boolean b) {
			return b ? 1 : 0;
		}
		String text = value == null ? "" : Digits.toLatin(value.toString()).strip();
		if (text.isEmpty()) {
			return Double.NaN;
		}
		try {
			return Double.parseDouble(text);
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

	static String toText(Object value) {
		if (value instanceof Double d) {
			return d == Math.rint(d) && !d.isInfinite() ? Long.toString(d.longValue()) : d.toString();
		}
		return value == null ? "" : value.toString();
	}

	static boolean compare(String operator, Object left, Object right) {
		if (operator.equals("=") || operator.equals("!=")) {
			boolean equal;
			if (left instanceof Boolean || right instanceof Boolean) {
				equal = toBoolean(left) == toBoolean(right);
			}
			else if (left instanceof Double || right instanceof Double) {
				equal = toNumber(left) == toNumber(right);
			}
			else {
				equal = toText(left).equals(toText(right));
			}
			return operator.equals("=") == equal;
		}
		double a = toNumber(left);
		double b = toNumber(right);
		return switch (operator) {
			case "<" -> a < b;
			case "<=" -> a <= b;
			case ">" -> a > b;
			default -> a >= b;
		};
	}

	static double arithmetic(String operator, double a, double b) {
		return switch (operator) {
			case "+" -> a + b;
			case "-" -> a - b;
			case "*" -> a * b;
			case "div" -> a / b;
			case "mod" -> a % b;
			default -> throw new IllegalArgumentException(operator);
		};
	}
}
