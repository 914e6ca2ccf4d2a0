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
import ps.rasd.shared.Suppression;
import ps.rasd.shared.spi.CodeList;
import ps.rasd.shared.spi.PublicStatistics;
import ps.rasd.shared.spi.PublicStatistics.Measure;
import ps.rasd.shared.spi.PublicStatistics.StateGroup;
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

	private final Map<Measure, PublicStatistics> statistics;

	private final Map<String, CodeList> codeLists;

	private final FiguresCache cache;

	Dashboards(List<PublicStatistics> statistics, List<CodeList> codeLists, FiguresCache cache) {
		this.statistics = statistics.stream().collect(Collectors.toMap(PublicStatistics::measure, Function.identity()));
		this.codeLists = codeLists.stream().collect(Collectors.toMap(CodeList::name, Function.identity()));
		this.cache = cache;
	}

	/** The names of a code list, empty if no module offers it. */
	public Map<String, LocalizedText> codes(String list) {
		CodeList codes = codeLists.get(list);
		return codes == null ? Map.of() : codes.entries();
	}

	/**
	 * The dashboard for a filter, labels in the locale. Counts of cases are suppressed as a whole: a shown total never
	 * gives a hidden count away by subtraction, within a row or a column (whose total is the headline).
	 */
	public Dashboard build(Filter filter, Locale locale) {
		List<Cell> cases = cells(Measure.REPORTS, filter);
		List<Cell> quality = cells(Measure.QUALITY_INDEX,
				new Filter(filter.governorateCode(), filter.sectorCode(), null, filter.from(), filter.to()));
		PublicStatistics.Figure median = statistics.containsKey(Measure.REPORTS)
				? cache.get(List.of("median", filter), () -> statistics.get(Measure.REPORTS).median(filter))
				: new PublicStatistics.Figure(0, null);
		Map<String, LocalizedText> governorates = codes(CodeList.GOVERNORATES);
		Map<String, LocalizedText> sectors = codes(CodeList.SECTORS);
		Suppression suppression = new Suppression(MIN_REPORTS);
		List<Suppression.Slot> head = List.of(suppression.count(sum(cases, StateGroup.OPEN)),
				suppression.count(sum(cases, StateGroup.FIXED)), suppression.count(sum(cases, StateGroup.CLOSED)),
				suppression.count(sum(cases, null)));
		suppression.sum(head.subList(0, 3), head.get(3));
		List<Pending> pending = new ArrayList<>();
		pending.add(byState("cases-by-month", groupBy(cases, c -> c.month().toString()), k -> k, suppression, head));
		pending.add(byShare("cases-by-governorate", groupBy(cases, Cell::governorateCode),
				k -> name(governorates, k, locale), suppression, head));
		pending.add(byShare("cases-by-sector", groupBy(cases, Cell::sectorCode), k -> name(sectors, k, locale),
				suppression, head));
		suppression.apply();
		List<Table> tables = new ArrayList<>();
		pending.forEach(t -> tables.add(t.table()));
		tables.add(quality("quality-by-sector", groupBy(quality, Cell::sectorCode), k -> name(sectors, k, locale)));
		tables.add(quality("quality-by-month", groupBy(quality, c -> c.month().toString()), k -> k));
		Headline headline = new Headline(value(head.get(3)), value(head.get(0)), value(head.get(1)),
				value(head.get(2)), share(head.get(1), head.get(3)),
				median.reports() < MIN_REPORTS || median.value() == null ? Value.SUPPRESSED : decimal(median.value()),
				mean(quality));
		return new Dashboard(headline, tables);
	}

	/** The service quality index by sector (for the home page), and the cases headline. */
	public Dashboard headline(Locale locale) {
		return build(Filter.all(), locale);
	}

	private List<Cell> cells(Measure name, Filter filter) {
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

	private static Pending byState(String id, Map<String, List<Cell>> groups, Function<String, String> label,
			Suppression suppression, List<Suppression.Slot> head) {
		List<String> keys = new ArrayList<>(groups.keySet());
		List<String> labels = new ArrayList<>();
		List<List<Suppression.Slot>> rows = new ArrayList<>();
		groups.forEach((key, cells) -> {
			List<Suppression.Slot> row = List.of(suppression.count(sum(cells, StateGroup.OPEN)),
					suppression.count(sum(cells, StateGroup.FIXED)), suppression.count(sum(cells, StateGroup.CLOSED)),
					suppression.count(sum(cells, null)));
			suppression.sum(row.subList(0, 3), row.get(3));
			labels.add(label.apply(key));
			rows.add(row);
		});
		columns(suppression, rows, head, 0, 0, 1, 1, 2, 2, 3, 3);
		return () -> {
			List<Row> shown = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				shown.add(new Row(keys.get(i), labels.get(i), rows.get(i).stream().map(Dashboards::value).toList()));
			}
			return new Table(id, "bar", List.of("open", "resolved", "closed", "total"), shown);
		};
	}

	private static Pending byShare(String id, Map<String, List<Cell>> groups, Function<String, String> label,
			Suppression suppression, List<Suppression.Slot> head) {
		List<String> keys = new ArrayList<>(groups.keySet());
		List<String> labels = new ArrayList<>();
		List<List<Suppression.Slot>> rows = new ArrayList<>();
		groups.forEach((key, cells) -> {
			labels.add(label.apply(key));
			rows.add(List.of(suppression.count(sum(cells, null)), suppression.count(sum(cells, StateGroup.FIXED))));
		});
		// the totals add up to the headline total, the resolved to the headline resolved
		columns(suppression, rows, head, 0, 3, 1, 1);
		return () -> {
			List<Row> shown = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				List<Suppression.Slot> row = rows.get(i);
				shown.add(new Row(keys.get(i), labels.get(i), List.of(value(row.get(0)), value(row.get(1)),
						share(row.get(1), row.get(0)))));
			}
			return new Table(id, "bar", List.of("total", "resolved", "share-resolved"), shown);
		};
	}

	/** Each pair says a column of the rows adds up to a headline figure: row column, headline index. */
	private static void columns(Suppression suppression, List<List<Suppression.Slot>> rows,
			List<Suppression.Slot> head, int... pairs) {
		for (int i = 0; i < pairs.length; i += 2) {
			int column = pairs[i];
			suppression.sum(rows.stream().map(r -> r.get(column)).toList(), head.get(pairs[i + 1]));
		}
	}

	/** A table whose figures are known once suppression is done. */
	private interface Pending {

		Table table();
	}

	private static Value value(Suppression.Slot slot) {
		return slot.hidden() ? Value.SUPPRESSED : new Value(String.valueOf(slot.count()), false);
	}

	/** The share resolved, hidden when either count is (it would give a hidden count away). */
	private static Value share(Suppression.Slot resolved, Suppression.Slot total) {
		return resolved.hidden() || total.hidden() || total.count() < MIN_REPORTS ? Value.SUPPRESSED
				: decimal(100.0 * resolved.count() / total.count());
	}

	private static Table quality(String id, Map<String, List<Cell>> groups, Function<String, String> label) {
		List<Row> rows = new ArrayList<>();
		groups.forEach((key, cells) -> rows.add(new Row(key, label.apply(key),
				List.of(count(sum(cells, null)), mean(cells)))));
		return new Table(id, "bar", List.of("visits", "index"), rows);
	}

	private static long sum(List<Cell> cells, StateGroup state) {
		return cells.stream().filter(c -> state == null || state.equals(c.state())).mapToLong(Cell::reports).sum();
	}

	static Value count(long n) {
		return n > 0 && n < MIN_REPORTS ? Value.SUPPRESSED : new Value(String.valueOf(n), false);
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

	/** A row: its key (a code or a month), its label and values in the order of the columns. */
	public record Row(String key, String label, List<Value> values) {
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
