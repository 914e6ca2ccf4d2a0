package ps.rasd.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds Arabic (and Latin) text to a key that survives the spelling variants people type: hamza forms of alef
 * (أ إ آ ٱ → ا), hamza on waw and yaa (ؤ → و, ئ → ي), taa marbuta (ة → ه), alef maqsura (ى → ي), diacritics
 * (tashkeel), tatweel, Arabic-Indic digits, Latin case and accents, and runs of spaces and punctuation.
 */
public final class ArabicText {

	private ArabicText() {
	}

	/** Returns the search key of a text; {@code ""} for {@code null}. */
	public static String searchKey(String text) {
		if (text == null) {
			return "";
		}
		String latinDigits = Digits.toLatin(text);
		String decomposed = Normalizer.normalize(latinDigits, Normalizer.Form.NFKD);
		StringBuilder out = new StringBuilder(decomposed.length());
		boolean space = true;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = fold(decomposed.charAt(i));
			if (c == '\0') {
				continue;
			}
			if (Character.isLetterOrDigit(c)) {
				out.append(c);
				space = false;
			}
			else if (!space) {
				out.append(' ');
				space = true;
			}
		}
		return out.toString().strip().toLowerCase(Locale.ROOT);
	}

	private static char fold(char c) {
		switch (c) {
			case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
				return 'ا';
			case 'ؤ':
				return 'و';
			case 'ئ', 'ى', 'ی':
				return 'ي';
			case 'ة':
				return 'ه';
			case 'ک':
				return 'ك';
			case 'ـ', 'ء':
				return '\0';
			default:
				break;
		}
		int type = Character.getType(c);
		// combining marks: Arabic tashkeel, superscript alef, Latin accents after NFKD
		if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
			return '\0';
		}
		if (c == '\'' || c == '`' || c == '‘' || c == '’' || c == 'ʿ' || c == 'ʾ') {
			return '\0';
		}
		return c;
	}
}
