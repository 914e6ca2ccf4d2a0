package ps.rasd.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Finds personal data in a text and proposes a redacted copy. Digits may be Latin or Arabic-Indic; names match in any
 * spelling (hamza, taa marbuta, diacritics…). The proposal is a list of spans the coordinator sees highlighted, may
 * change, and then applies.
 */
public final class Redaction {

	/** What a span is. */
	public enum Kind {
		NAME, ID_NUMBER, PHONE, EMAIL, COORDINATES
	}

	/**
	 * A piece of the text to replace.
	 *
	 * @param start first character (inclusive)
	 * @param end last character (exclusive)
	 * @param kind what it is
	 * @param replacement what stands in its place
	 */
	public record Span(int start, int end, Kind kind, String replacement) {
	}

	private static final String D = "[0-9\u0660-\u0669\u06F0-\u06F9]";

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");

	private static final Pattern PHONE = Pattern.compile("(?<![0-9\u0660-\u0669\u06F0-\u06F9])(?:(?:\\+|00)"
			+ "(?:970|972|\u0669\u0667\u0660|\u0669\u0667\u0662)[\\s-]?" + D + "(?:[\\s-]?" + D + "){7,8}|(?:0|\u0660)"
			+ "(?:5|\u0665)" + D + "(?:[\\s-]?" + D + "){7}|(?:0|\u0660)(?:[2489]|[\u0662\u0664\u0668\u0669])[\\s-]?"
			+ D + "(?:[\\s-]?" + D + "){6})(?![0-9\u0660-\u0669\u06F0-\u06F9])");

	private static final Pattern ID = Pattern.compile("(?<![0-9\u0660-\u0669\u06F0-\u06F9])" + D + "{9}"
			+ "(?![0-9\u0660-\u0669\u06F0-\u06F9])");

	private static final Pattern COORDINATES = Pattern.compile("(?<![0-9.])(" + D + "{2}[.\u066B]" + D + "{3,})"
			+ "\\s*[,\u060C]?\\s*(" + D + "{2}[.\u066B]" + D + "{3,})(?![0-9])");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\u0640]+");

	private Redaction() {
	}

	/** The spans to redact, in order, without overlaps (the earlier and longer span wins). */
	public static List<Span> propose(String text, Collection<String> knownNames) {
		List<Span> spans = new ArrayList<>();
		find(EMAIL, text, Kind.EMAIL, "[بريد إلكتروني]", spans);
		find(PHONE, text, Kind.PHONE, "[هاتف]", spans);
		find(ID, text, Kind.ID_NUMBER, "[رقم هوية]", spans);
		Matcher c = COORDINATES.matcher(text);
		while (c.find()) {
			BigDecimal lat = new BigDecimal(Digits.toLatin(c.group(1)));
			BigDecimal lon = new BigDecimal(Digits.toLatin(c.group(2)));
			if (lat.doubleValue() >= 29 && lat.doubleValue() <= 34 && lon.doubleValue() >= 34 && lon.doubleValue() <= 36) {
				spans.add(new Span(c.start(), c.end(), Kind.COORDINATES, lat.setScale(2, RoundingMode.HALF_UP) + ", "
						+ lon.setScale(2, RoundingMode.HALF_UP)));
			}
		}
		for (String name : knownNames) {
			names(text, name, spans);
		}
		spans.sort(Comparator.comparingInt(Span::start).thenComparing(s -> -(s.end() - s.start())));
		List<Span> result = new ArrayList<>();
		int covered = 0;
		for (Span span : spans) {
			if (span.start() >= covered) {
				result.add(span);
				covered = span.end();
			}
		}
		return result;
	}

	/** The text with the spans replaced. */
	public static String apply(String text, List<Span> spans) {
		StringBuilder out = new StringBuilder();
		int at = 0;
		for (Span span : spans.stream().sorted(Comparator.comparingInt(Span::start)).toList()) {
			out.append(text, at, span.start()).append(span.replacement());
			at = span.end();
		}
		return out.append(text.substring(at)).toString();
	}

	/** Proposes and applies in one step. */
	public static String redact(String text, Collection<String> knownNames) {
		return apply(text, propose(text, knownNames));
	}

	private static void find(Pattern pattern, String text, Kind kind, String replacement, List<Span> spans) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			spans.add(new Span(m.start(), m.end(), kind, replacement));
		}
	}

	/** Every run of words that folds to the name's words (the name itself, or each of its parts of 3+ letters). */
	private static void names(String text, String name, List<Span> spans) {
		List<String> wanted = WORD.matcher(name).results().map(r -> ArabicText.searchKey(r.group()))
			.filter(w -> !w.isEmpty()).toList();
		if (wanted.isEmpty()) {
			return;
		}
		List<int[]> words = new ArrayList<>();
		List<String> folded = new ArrayList<>();
		Matcher w = WORD.matcher(text);
		while (w.find()) {
			words.add(new int[] { w.start(), w.end() });
			folded.add(ArabicText.searchKey(w.group()));
		}
		for (int i = 0; i < folded.size(); i++) {
			if (i + wanted.size() <= folded.size() && folded.subList(i, i + wanted.size()).equals(wanted)) {
				spans.add(new Span(words.get(i)[0], words.get(i + wanted.size() - 1)[1], Kind.NAME, "[اسم]"));
			}
			else if (anyPart(wanted, folded.get(i))) {
				spans.add(new Span(words.get(i)[0], words.get(i)[1], Kind.NAME, "[اسم]"));
			}
		}
	}

	private static boolean anyPart(List<String> parts, String word) {
		return parts.stream().anyMatch(part -> part.length() >= 3 && matchesPart(word, part));
	}

	/** A word that is the name part, or the part with a one-letter Arabic prefix (و ب ل ك ف). */
	private static boolean matchesPart(String word, String part) {
		return word.equals(part) || (word.length() == part.length() + 1 && "وبلكف".indexOf(word.charAt(0)) >= 0
				&& word.substring(1).equals(part));
	}
}
