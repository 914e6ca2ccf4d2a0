package ps.rasd.analytics.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How values are written as text: ISO days, plain decimals with a dot and Latin digits. */
final class Cells {

	private Cells() {
	}

	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal) {
			return ((BigDecimal) value).toPlainString();
		}
		if (value instanceof Double || value instanceof Float) {
			return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
		}
		if (value instanceof LocalDate) {
			return value.toString();
		}
		return value.toString();
	}

	/**
	 * Text that a spreadsheet program would take for a formula (it starts with = + - @, a tab or a carriage return)
	 * gets a leading apostrophe, so that a public complaint cannot run a formula on a coordinator's computer.
	 */
	static String safeText(String text) {
		if (text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + text : text;
	}
}
