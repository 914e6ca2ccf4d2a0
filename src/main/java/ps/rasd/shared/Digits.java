package ps.rasd.shared;

/**
 * Arabic-Indic (٠١٢٣٤٥٦٧٨٩) and Persian (۰۱۲۳۴۵۶۷۸۹) digits are as good as Latin ones wherever Rasd reads a number.
 */
public final class Digits {

	private Digits() {
	}

	/**
	 * Returns the text with every Arabic-Indic and Persian digit replaced by its Latin digit, the Arabic decimal
	 * separator (٫) by a dot and the Arabic thousands separator (٬) removed. Other characters are kept.
	 */
	public static String toLatin(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char mapped = map(c);
			if (mapped != c && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null && mapped != '\0') {
				out.append(mapped);
			}
		}
		return out == null ? text : out.toString();
	}

	/** Whether the text holds any Arabic-Indic or Persian digit or Arabic number separator. */
	public static boolean hasNonLatinDigits(String text) {
		return text != null && text.chars().anyMatch(c -> map((char) c) != c);
	}

	private static char map(char c) {
		if (c >= '\u0660' && c <= '\u0669') {
			return (char) ('0' + (c - '\u0660'));
		}
		if (c >= '\u06F0' && c <= '\u06F9') {
			return (char) ('0' + (c - '\u06F0'));
		}
		if (c == '\u066B') {
			return '.';
		}
		if (c == '\u066C') {
			return '\0';
		}
		return c;
	}
}
