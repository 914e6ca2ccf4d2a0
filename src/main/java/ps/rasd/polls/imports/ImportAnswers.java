package ps.rasd.polls.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ps.rasd.forms.Choice;
import ps.rasd.forms.Question;
import ps.rasd.forms.QuestionType;
import ps.rasd.shared.ArabicText;
import ps.rasd.shared.Digits;

/**
 * Turns the cells of a file into answers as the form stores them: a choice given by its value or by its Arabic or
 * English label (in any spelling), several choices separated by spaces, commas or semicolons, yes / no in either
 * language, numbers in Arabic-Indic digits. A value that matches nothing is passed on unchanged, so that the form's
 * check names it.
 */
public final class ImportAnswers {

	private static final Map<String, String> YES_NO = yesNo();

	private ImportAnswers() {
	}

	/** The columns the file should map to questions, guessed from the headers: name, Arabic or English label. */
	public static Map<String, String> guess(List<Question> questions, List<String> headers) {
		Map<String, String> byKey = new LinkedHashMap<>();
		for (String header : headers) {
			String key = ArabicText.searchKey(header);
			if (!key.isEmpty()) {
				byKey.putIfAbsent(key, header);
			}
		}
		Map<String, String> mapping = new LinkedHashMap<>();
		for (Question q : questions) {
			Optional<String> column = Optional.ofNullable(byKey.get(ArabicText.searchKey(q.name())))
				.or(() -> Optional.ofNullable(byKey.get(ArabicText.searchKey(q.label().ar()))))
				.or(() -> Optional.ofNullable(q.label().en() == null ? null
						: byKey.get(ArabicText.searchKey(q.label().en()))));
			column.ifPresent(c -> mapping.put(q.name(), c));
		}
		return mapping;
	}

	/** The column that looks like the duration in seconds, if any. */
	public static Optional<String> guessDuration(List<String> headers) {
		Set<String> names = Set.of("duration", "duration seconds", "duration s", "seconds", "المده",
				"المده بالثواني", "مده الاستجابه");
		return headers.stream().filter(h -> names.contains(ArabicText.searchKey(h))).findFirst();
	}

	/** The answer to store for a cell. */
	public static String value(Question q, String cell) {
		String raw = cell == null ? "" : cell.strip();
		if (raw.isEmpty()) {
			return "";
		}
		if (q.type() == QuestionType.SINGLE_CHOICE) {
			return choice(q, raw).orElse(raw);
		}
		if (q.type() == QuestionType.MULTIPLE_CHOICE) {
			return multiple(q, raw);
		}
		if (q.type() == QuestionType.YES_NO_NA) {
			return YES_NO.getOrDefault(ArabicText.searchKey(raw), raw);
		}
		if (q.type() == QuestionType.INTEGER || q.type() == QuestionType.RATING) {
			String latin = Digits.toLatin(raw);
			return latin.matches("[-+]?\\d+\\.0+") ? latin.substring(0, latin.indexOf('.')) : latin;
		}
		if (q.type().numeric()) {
			return Digits.toLatin(raw).replace('٫', '.');
		}
		return raw;
	}

	private static Optional<String> choice(Question q, String raw) {
		for (Choice c : q.choices()) {
			if (c.value().equals(raw)) {
				return Optional.of(c.value());
			}
		}
		String latin = Digits.toLatin(raw);
		String key = ArabicText.searchKey(raw);
		for (Choice c : q.choices()) {
			if (c.value().equalsIgnoreCase(latin) || key.equals(ArabicText.searchKey(c.label().ar()))
					|| (c.label().en() != null && key.equals(ArabicText.searchKey(c.label().en())))) {
				return Optional.of(c.value());
			}
		}
		if (latin.matches("\\d+")) {
			// a spreadsheet drops the leading zero of a code such as 01
			for (Choice c : q.choices()) {
				if (c.value().matches("\\d+") && Long.parseLong(c.value()) == Long.parseLong(latin)) {
					return Optional.of(c.value());
				}
			}
		}
		return Optional.empty();
	}

	private static String multiple(Question q, String raw) {
		Optional<String> whole = choice(q, raw);
		if (whole.isPresent()) {
			return whole.get();
		}
		List<String> values = new ArrayList<>();
		for (String part : raw.split("[,;،؛]")) {
			String p = part.strip();
			if (p.isEmpty()) {
				continue;
			}
			Optional<String> one = choice(q, p);
			if (one.isPresent()) {
				values.add(one.get());
				continue;
			}
			for (String word : p.split("\\s+")) {
				values.add(choice(q, word).orElse(word));
			}
		}
		return String.join(" ", values);
	}

	private static Map<String, String> yesNo() {
		Map<String, String> map = new java.util.HashMap<>();
		for (String yes : List.of("yes", "y", "نعم", "true")) {
			map.put(ArabicText.searchKey(yes), "yes");
		}
		for (String no : List.of("no", "n", "لا", "false")) {
			map.put(ArabicText.searchKey(no), "no");
		}
		for (String na : List.of("na", "n/a", "not applicable", "لا ينطبق", "غير منطبق")) {
			map.put(ArabicText.searchKey(na), "na");
		}
		return Map.copyOf(map);
	}
}
