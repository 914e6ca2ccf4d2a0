package ps.rasd.network.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ps.rasd.shared.ArabicText;
import ps.rasd.shared.Digits;

/**
 * The keys by which two records of one person are found however their names, phones and e-mails were typed.
 * <ul>
 * <li>{@link #fold}: the search folding of {@link ArabicText} (hamza, taa marbuta, alef maqsura, diacritics,
 * tatweel) with "عبد ال…" joined into one word, as people write it both ways.</li>
 * <li>{@link #sound}: a script-neutral consonant skeleton, so أحمد, احمد, Ahmad and Ahmed meet on one key; tokens
 * are joined by {@code x} (a letter no skeleton holds) so the key is lower-case a–z only and a prefix range on it is
 * served by a plain index in H2 and PostgreSQL alike.</li>
 * <li>{@link #phone}: the last nine digits of a Palestinian number written +970, +972, 00970, 0 or in Arabic-Indic
 * digits.</li>
 * </ul>
 */
public final class NameKeys {

	private static final int KEY_MAX = 190;

	private NameKeys() {
	}

	/** The folded name: search key with "عبد ال" / "abd al" joined. */
	public static String fold(String name) {
		String key = ArabicText.searchKey(name);
		key = key.replaceAll("(^| )عبد (ال)", "$1عبد$2");
		key = key.replaceAll("(^| )(abd|abdel|abdul|abdal|abdol) (al |el |ul )?(?=\\p{L})", "$1abdal");
		key = key.replaceAll("(^| )(abd)(el|ul|ol)(?=\\p{L})", "$1abdal");
		key = key.replaceAll("(^| )(abu|abo|ابو) (?=\\p{L})", "$1$2");
		key = key.replaceAll("(^| )(al|el) (?=\\p{L})", "$1al");
		return key;
	}

	/** The tokens of the folded name, each as its consonant skeleton (empty skeletons kept out). */
	public static List<String> soundTokens(String name) {
		List<String> tokens = new ArrayList<>();
		for (String token : fold(name).split(" ")) {
			String s = skeleton(token);
			if (!s.isEmpty()) {
				tokens.add(s);
			}
		}
		return tokens;
	}

	/** The sound key of a whole name: its token skeletons joined by {@code x}. */
	public static String sound(String name) {
		String key = String.join("x", soundTokens(name));
		return key.length() > KEY_MAX ? key.substring(0, KEY_MAX) : key;
	}

	/** The first token's skeleton, or {@code ""}. */
	public static String first(String name) {
		List<String> tokens = soundTokens(name);
		return tokens.isEmpty() ? "" : cut(tokens.get(0));
	}

	/** The last token's skeleton (the family name), or {@code ""} for a one-word name. */
	public static String last(String name) {
		List<String> tokens = soundTokens(name);
		return tokens.size() < 2 ? "" : cut(tokens.get(tokens.size() - 1));
	}

	private static String cut(String s) {
		return s.length() > 55 ? s.substring(0, 55) : s;
	}

	/** The exclusive upper bound of keys starting with the prefix (its last letter advanced by one). */
	public static String after(String prefix) {
		char last = prefix.charAt(prefix.length() - 1);
		return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
	}

	/** The phone key: the last nine digits of a number, or {@code null} when it has fewer than eight digits. */
	public static String phone(String phone) {
		if (phone == null) {
			return null;
		}
		String digits = Digits.toLatin(phone).replaceAll("[^0-9]", "");
		if (digits.startsWith("00")) {
			digits = digits.substring(2);
		}
		if (digits.startsWith("970") || digits.startsWith("972")) {
			digits = digits.substring(3);
		}
		digits = digits.replaceFirst("^0+", "");
		if (digits.length() < 8) {
			return null;
		}
		return digits.length() > 9 ? digits.substring(digits.length() - 9) : digits;
	}

	/** The e-mail key: trimmed and lower case, or {@code null} when blank or not an address. */
	public static String email(String email) {
		if (email == null || email.isBlank() || !email.contains("@")) {
			return null;
		}
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/** The consonant skeleton of one folded token, in either script. */
	static String skeleton(String token) {
		String t = token;
		if (t.startsWith("ال") && t.length() > 4) {
			t = t.substring(2);
		}
		else if ((t.startsWith("al") || t.startsWith("el")) && t.length() > 4 && !t.startsWith("all")) {
			t = t.substring(2);
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < t.length(); i++) {
			char c = t.charAt(i);
			char next = i + 1 < t.length() ? t.charAt(i + 1) : '\0';
			String mapped;
			if (next == 'h' && (c == 'k' || c == 's' || c == 't' || c == 'd' || c == 'g' || c == 'c')) {
				mapped = switch (c) {
					case 'k' -> "k";
					case 's', 'c' -> "s";
					case 't' -> "t";
					case 'd' -> "d";
					default -> "g";
				};
				i++;
			}
			else {
				mapped = letter(c);
			}
			for (int j = 0; j < mapped.length(); j++) {
				char m = mapped.charAt(j);
				if (out.length() == 0 || out.charAt(out.length() - 1) != m) {
					out.append(m);
				}
			}
		}
		if (out.length() > 1 && out.charAt(out.length() - 1) == 'h') {
			out.setLength(out.length() - 1);
		}
		return out.toString();
	}

	private static String letter(char c) {
		return switch (c) {
			case 'ب', 'b', 'p' -> "b";
			case 'ت', 'ث', 'ط', 't' -> "t";
			case 'ج', 'j', 'g' -> "j";
			case 'ح', 'ه', 'h' -> "h";
			case 'خ', 'ك', 'ق', 'k', 'q', 'c' -> "k";
			case 'د', 'ذ', 'ض', 'd' -> "d";
			case 'ر', 'r' -> "r";
			case 'ز', 'ظ', 'z' -> "z";
			case 'س', 'ش', 'ص', 's' -> "s";
			case 'غ' -> "g";
			case 'ف', 'f', 'v' -> "f";
			case 'ل', 'l' -> "l";
			case 'م', 'm' -> "m";
			case 'ن', 'n' -> "n";
			case 'x' -> "ks";
			default -> "";
		};
	}
}
