package ps.rasd.media.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import ps.rasd.media.ReachEntry;
import ps.rasd.media.ReachImport.BadRow;
import ps.rasd.shared.DomainException;

/**
 * Reads a platform's CSV export of daily figures (YouTube Studio, Facebook and Instagram insights, X analytics, a
 * broadcaster's sheet): the columns are found by their names in English or Arabic, whatever their order; dates in
 * ISO, {@code d/M/yyyy} or {@code Dec 3, 2026}; numbers with thousands separators or Arabic-Indic digits. A row
 * that cannot be read is left out and reported with its line number, never guessed.
 */
public final class ReachCsv {

	static final Set<String> DATE = Set.of("date", "day", "التاريخ", "اليوم");

	static final Set<String> VIEWS = Set.of("views", "video views", "plays", "3-second video views", "المشاهدات",
			"مشاهدات");

	static final Set<String> SHARES = Set.of("shares", "reposts", "retweets", "المشاركات", "مشاركات");

	static final Set<String> AUDIENCE = Set.of("reach", "audience", "unique viewers", "accounts reached", "الوصول",
			"الجمهور");

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE, strict("uuuu/M/d"),
			strict("d/M/uuuu"), strict("MMM d, uuuu"), strict("d MMM uuuu"));

	/** What was read: the entries (one per day, the last row of a day wins) and the rows left out. */
	public record Result(int rows, List<ReachEntry> entries, List<BadRow> bad) {
	}

	private ReachCsv() {
	}

	/** A 31 February is refused, not moved to the 28th. */
	private static DateTimeFormatter strict(String pattern) {
		return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
	}

	/**
	 * Reads the export.
	 * @throws DomainException {@code media.reach.no-date-column} or {@code media.reach.no-figures-column} when the
	 * header lacks them, {@code media.reach.unreadable} when it is not CSV
	 */
	public static Result read(Reader csv, String platform) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setIgnoreHeaderCase(true).get();
		try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(format).get()) {
			Map<String, Integer> header = headerOf(parser.getHeaderNames());
			Integer date = column(header, DATE);
			if (date == null) {
				throw new DomainException("media.reach.no-date-column");
			}
			Integer views = column(header, VIEWS);
			Integer shares = column(header, SHARES);
			Integer audience = column(header, AUDIENCE);
			if (views == null && shares == null && audience == null) {
				throw new DomainException("media.reach.no-figures-column");
			}
			Map<LocalDate, ReachEntry> days = new LinkedHashMap<>();
			List<BadRow> bad = new ArrayList<>();
			int rows = 0;
			for (CSVRecord row : parser) {
				rows++;
				long line = row.getRecordNumber() + 1;
				String day = value(row, date);
				LocalDate on = date(day);
				if (on == null) {
					bad.add(new BadRow(line, day.toLowerCase(Locale.ROOT).startsWith("total") || day.equals("المجموع")
							? "media.reach.total-row" : "media.reach.bad-date", day));
					continue;
				}
				try {
					days.put(on, new ReachEntry(platform, on, number(row, views), number(row, shares),
							number(row, audience), true));
				}
				catch (BadNumber ex) {
					bad.add(new BadRow(line, "media.reach.bad-number", ex.value));
				}
			}
			return new Result(rows, List.copyOf(days.values()), bad);
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			throw new DomainException("media.reach.unreadable");
		}
	}

	private static Map<String, Integer> headerOf(List<String> names) {
		Map<String, Integer> header = new LinkedHashMap<>();
		for (int i = 0; i < names.size(); i++) {
			header.putIfAbsent(names.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
		}
		return header;
	}

	private static Integer column(Map<String, Integer> header, Set<String> names) {
		return header.entrySet().stream().filter(e -> names.contains(e.getKey())).map(Map.Entry::getValue)
			.findFirst().orElse(null);
	}

	private static String value(CSVRecord row, Integer column) {
		return column == null || column >= row.size() ? "" : row.get(column).strip();
	}

	static LocalDate date(String text) {
		String value = western(text);
		if (value.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
			value = value.substring(0, 10);
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(value, format);
			}
			catch (DateTimeParseException ex) {
				// the next format may read it
			}
		}
		return null;
	}

	private static long number(CSVRecord row, Integer column) throws BadNumber {
		String text = value(row, column);
		String value = western(text).replaceAll("[,\u066C\u00A0 ]", "");
		if (value.isEmpty()) {
			return 0;
		}
		if (!value.matches("\\d{1,15}(\\.0+)?")) {
			throw new BadNumber(text);
		}
		return Long.parseLong(value.replaceAll("\\.0+$", ""));
	}

	static String western(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c >= '\u0660' && c <= '\u0669') {
				out.append((char) ('0' + c - '\u0660'));
			}
			else if (c >= '\u06F0' && c <= '\u06F9') {
				out.append((char) ('0' + c - '\u06F0'));
			}
			else {
				out.append(c);
			}
		}
		return out.toString().strip();
	}

	private static final class BadNumber extends Exception {

		private static final long serialVersionUID = 1L;

		final String value;

		BadNumber(String value) {
			super(null, null, false, false);
			this.value = value;
		}
	}
}
