package ps.rasd.analytics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.spi.CodeList;
import ps.rasd.shared.spi.PublicStatistics;
import ps.rasd.shared.spi.PublicStatistics.Cell;
import ps.rasd.shared.spi.PublicStatistics.Filter;

/**
 * The public dashboard: the modules' public figures gathered into tables, with every cell resting on fewer than
 * {@link #MIN_REPORTS} reports suppressed, so that a small group cannot be singled out.
 */
@Service
public class Dashboards {

	/** The fewest reports a public figure may rest on. */
	public static final int MIN_REPORTS = 5;

	private final Map<String, PublicStatistics> statistics;

	private final Map<String, CodeList> codeLists;

	private final FiguresCache cache;

	Dashboards(List<PublicStatistics> statistics, List<CodeList> codeLists, FiguresCache cache) {
		this.statistics = statistics.stream().collect(Collectors.toMap(PublicStatistics::name, Function.identity()));
		this.codeLists = codeLists.stream().collect(Collectors.toMap(CodeList::name, Function.identity()));
		this.cache = cache;
	}

	/** The names of a code list, empty if no module offers it. */
	public Map<String, LocalizedText> codes(String list) {
		CodeList codes = codeLists.get(list);
		return codes == null ? Map.of() : codes.entries();
	}

	/** The dashboard for a filter, labels in the locale. */
	public Dashboard build(Filter filter, Locale locale) {
		List<Cell> cases = cells(PublicStatistics.CASES, filter);
		List<Cell> quality = cells(PublicStatistics.QUALITY,
				new Filter(filter.governorateCode(), filter.sectorCode(), null, filter.from(), filter.to()));
		PublicStatistics.Figure median = statistics.containsKey(PublicStatistics.CASES)
				? cache.get(List.of("median", filter), () -> statistics.get(PublicStatistics.CASES).median(filter))
				: new PublicStatistics.Figure(0, null);
		Map<String, LocalizedText> governorates = codes(CodeList.GOVERNORATES);
		Map<String, LocalizedText> sectors = codes(CodeList.SECTORS);
		List<Table> tables = new ArrayList<>();
		tables.add(byState("cases-by-month", groupBy(cases, c -> c.month().toString()), k -> k));
		tables.add(byShare("cases-by-governorate", groupBy(cases, Cell::governorateCode),
				k -> name(governorates, k, locale)));
		tables.add(byShare("cases-by-sector", groupBy(cases, Cell::sectorCode), k -> name(sectors, k, locale)));
		tables.add(quality("quality-by-sector", groupBy(quality, Cell::sectorCode), k -> name(sectors, k, locale)));
		tables.add(quality("quality-by-month", groupBy(quality, c -> c.month().toString()), k -> k));
		long total = sum(cases, null);
		long resolved = sum(cases, "RESOLVED");
		Headline headline = new Headline(count(total), count(sum(cases, "OPEN")), count(resolved),
				count(sum(cases, "CLOSED")), share(resolved, total),
				median.reports() < MIN_REPORTS || median.value() == null ? Value.SUPPRESSED : decimal(median.value()),
				mean(quality));
		return new Dashboard(headline, tables);
	}

	/** The service quality index by sector (for the home page), and the cases headline. */
	public Dashboard headline(Locale locale) {
		return build(Filter.all(), locale);
	}

	private List<Cell> cells(String name, Filter filter) {
		PublicStatistics source = statistics.get(name);
		return source == null ? List.of() : cache.get(List.of("cells", name, filter), () -> source.cells(filter));
	}

	private static Map<String, List<Cell>> groupBy(List<Cell> cells, Function<Cell, String> key) {
		return cells.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
	}

	private static String name(Map<String, LocalizedText> names, String code, Locale locale) {
		LocalizedText name = names.get(code);
		return name == null ? code : name.in(locale);
	}

	private static Table byState(String id, Map<String, List<Cell>> groups, Function<String, String> label) {
		List<Row> rows = new ArrayList<>();
		groups.forEach((key, cells) -> rows.add(new Row(label.apply(key), List.of(count(sum(cells, "OPEN")),
				count(sum(cells, "RESOLVED")), count(sum(cells, "CLOSED")), count(sum(cells, null))))));
		return new Table(id, "bar", List.of("open", "resolved", "closed", "total"), rows);
	}

	private static Table byShare(String id, Map<String, List<Cell>> groups, Function<String, String> label) {
		List<Row> rows = new ArrayList<>();
		groups.forEach((key, cells) -> {
			long total = sum(cells, null);
			long resolved = sum(cells, "RESOLVED");
			rows.add(new Row(label.apply(key), List.of(count(total), count(resolved), share(resolved, total))));
		});
		return new Table(id, "bar", List.of("total", "resolved", "share-resolved"), rows);
	}

	private static Table quality(String id, Map<String, List<Cell>> groups, Function<String, String> label) {
		List<Row> rows = new ArrayList<>();
		groups.forEach((key, cells) -> rows.add(new Row(label.apply(key),
				List.of(count(sum(cells, null)), mean(cells)))));
		return new Table(id, "bar", List.of("visits", "index"), rows);
	}

	private static long sum(List<Cell> cells, String state) {
		return cells.stream().filter(c -> state == null || state.equals(c.state())).mapToLong(Cell::reports).sum();
	}

	static Value count(long n) {
		return n > 0 && n < MIN_REPORTS ? Value.SUPPRESSED : new Value(String.valueOf(n), false);
	}

	static Value share(long part, long total) {
		return total < MIN_REPORTS ? Value.SUPPRESSED : decimal(100.0 * part / total);
	}

	static Value mean(List<Cell> cells) {
		long n = sum(cells, null);
		if (n < MIN_REPORTS) {
			return Value.SUPPRESSED;
		}
		double weighted = cells.stream().mapToDouble(c -> c.mean() * c.reports()).sum();
		return decimal(weighted / n);
	}

	private static Value decimal(double value) {
		return new Value(String.format(Locale.ROOT, "%.1f", value), false);
	}

	/** A dashboard: the headline figures and the tables. */
	public record Dashboard(Headline headline, List<Table> tables) {

		/** Whether any figure is suppressed (to show the note). */
		public boolean anySuppressed() {
			return tables.stream().flatMap(t -> t.rows().stream()).flatMap(r -> r.values().stream())
				.anyMatch(Value::suppressed);
		}
	}

	/** The figures at the top: cases by state, share resolved, median days to first reply, quality index. */
	public record Headline(Value cases, Value open, Value resolved, Value closed, Value shareResolved,
			Value medianDaysToReply, Value qualityIndex) {
	}

	/**
	 * A table and its chart.
	 *
	 * @param id the HTML id and the message key part
	 * @param columns the message key parts of the value columns
	 */
	public record Table(String id, String chart, List<String> columns, List<Row> rows) {
	}

	/** A row: its label and values in the order of the columns. */
	public record Row(String label, List<Value> values) {
	}

	/**
	 * A figure as shown.
	 *
	 * @param suppressed whether it rests on too few reports to show
	 */
	public record Value(String text, boolean suppressed) {

		/** A suppressed figure, shown as a dash. */
		public static final Value SUPPRESSED = new Value("–", true);
	}
}
