package ps.rasd.media.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import ps.rasd.media.ReachImport.BadRow;
import ps.rasd.shared.DomainException;

/**
 * Reads a platform's CSV export of posts (X analytics, Facebook, Instagram and LinkedIn post exports) the way
 * {@link ReachCsv} reads daily figures: columns found by name in English or Arabic, dates and numbers read the same
 * way; a post is named by its address (permalink) or, when the export has none, by its day.
 */
public final class PostReachCsv {

	static final Set<String> LINK = Set.of("permalink", "post link", "post permalink", "tweet permalink", "link",
			"url", "post url", "رابط المنشور", "الرابط");

	static final Set<String> VIEWS = union(ReachCsv.VIEWS, Set.of("impressions", "مرات الظهور"));

	static final Set<String> DATE = union(ReachCsv.DATE, Set.of("time", "publish time", "date posted", "created"));

	/** One post's figures: its address or its day (or both), each figure {@code null} when the export lacks it. */
	public record Row(long line, String link, LocalDate day, Long views, Long shares, Long audience) {
	}

	/** What was read. */
	public record Result(List<Row> rows, List<BadRow> bad) {
	}

	private PostReachCsv() {
	}

	/**
	 * @throws DomainException {@code media.calendar.no-post-column} without a link or date column,
	 * {@code media.reach.no-figures-column}, {@code media.reach.unreadable}
	 */
	public static Result read(Reader csv) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setIgnoreHeaderCase(true).get();
		try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(format).get()) {
			Map<String, Integer> header = new LinkedHashMap<>();
			List<String> names = parser.getHeaderNames();
			for (int i = 0; i < names.size(); i++) {
				header.putIfAbsent(names.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
			}
			Integer link = column(header, LINK);
			Integer date = column(header, DATE);
			if (link == null && date == null) {
				throw new DomainException("media.calendar.no-post-column");
			}
			Integer views = column(header, VIEWS);
			Integer shares = column(header, ReachCsv.SHARES);
			Integer audience = column(header, ReachCsv.AUDIENCE);
			if (views == null && shares == null && audience == null) {
				throw new DomainException("media.reach.no-figures-column");
			}
			List<Row> rows = new ArrayList<>();
			List<BadRow> bad = new ArrayList<>();
			for (CSVRecord row : parser) {
				long line = row.getRecordNumber() + 1;
				String address = value(row, link);
				LocalDate day = date == null ? null : ReachCsv.date(value(row, date));
				if (!address.matches("https?://\\S+") && day == null) {
					bad.add(new BadRow(line, "media.calendar.no-post", address.isEmpty() ? value(row, date) : address));
					continue;
				}
				try {
					rows.add(new Row(line, address.isEmpty() ? null : address, day, number(row, views),
							number(row, shares), number(row, audience)));
				}
				catch (NumberFormatException ex) {
					bad.add(new BadRow(line, "media.reach.bad-number", ex.getMessage()));
				}
			}
			return new Result(rows, bad);
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			if (ex instanceof DomainException domain) {
				throw domain;
			}
			throw new DomainException("media.reach.unreadable");
		}
	}

	/** The address without its query, fragment and last slash, so that the platform's and the editor's match. */
	public static String comparable(String url) {
		return url == null ? null : url.strip().replaceAll("[?#].*$", "").replaceAll("/+$", "")
			.replaceFirst("^http://", "https://").replaceFirst("://(www\\.|mobile\\.|m\\.)", "://")
			.toLowerCase(Locale.ROOT);
	}

	private static Integer column(Map<String, Integer> header, Set<String> names) {
		return header.entrySet().stream().filter(e -> names.contains(e.getKey())).map(Map.Entry::getValue)
			.findFirst().orElse(null);
	}

	private static String value(CSVRecord row, Integer column) {
		return column == null || column >= row.size() ? "" : row.get(column).strip();
	}

	private static Long number(CSVRecord row, Integer column) {
		if (column == null) {
			return null;
		}
		String text = value(row, column);
		String value = ReachCsv.western(text).replaceAll("[,\u066C\u00A0 ]", "");
		if (value.isEmpty()) {
			return null;
		}
		if (!value.matches("\\d{1,15}(\\.0+)?")) {
			throw new NumberFormatException(text);
		}
		return Long.parseLong(value.replaceAll("\\.0+$", ""));
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return Set.copyOf(all);
	}
}
