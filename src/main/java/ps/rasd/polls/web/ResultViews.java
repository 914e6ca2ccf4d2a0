package ps.rasd.polls.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import ps.rasd.polls.PollResults;
import ps.rasd.polls.analysis.Category;
import ps.rasd.polls.analysis.CategoryEstimate;
import ps.rasd.polls.analysis.CrossTabulation;
import ps.rasd.polls.analysis.QuestionEstimates;
import ps.rasd.polls.analysis.Variable;
import ps.rasd.polls.stats.IndependenceTest;

/** Results as the pages and table exports show them: labels in the reader's language, figures formatted for it. */
public final class ResultViews {

	private final MessageSource messages;

	private final Locale locale;

	ResultViews(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	MessageSource messages() {
		return messages;
	}

	Locale locale() {
		return locale;
	}

	/** One question's estimates. */
	public record EstimateView(String id, String key, String title, boolean multiple, String base, String weightedBase,
			String effectiveBase, String designEffect, boolean smallBase, List<EstimateRow> rows, String mean,
			String meanInterval, String meanMargin) {
	}

	/** One category's estimate. */
	public record EstimateRow(String label, String percent, String interval, String margin, String weighted, String count) {
	}

	/** A cross-tab: column percentages (and row percentages), bases and the test. */
	public record CrossTabView(String id, String rowTitle, String columnTitle, List<String> columns, List<CrossRow> rows,
			List<String> columnBases, List<String> columnCounts, List<Boolean> hidden, String base,
			String weightedBase, String chiSquare, String degrees, String pValue, boolean anyHidden) {
	}

	/** A row of a cross-tab. */
	public record CrossRow(String label, List<String> columnPercents, List<String> rowPercents, List<String> counts,
			String rowBase, String rowCount) {
	}

	EstimateView estimate(String id, String key, QuestionEstimates e) {
		List<EstimateRow> rows = new ArrayList<>();
		for (CategoryEstimate c : e.categories()) {
			rows.add(new EstimateRow(label(c.category()), percent(c.share()), percent(c.lower()) + " – "
					+ percent(c.upper()), percent(c.marginOfError()), number(c.weightedCount(), 1),
					integer(c.count())));
		}
		String mean = null;
		String interval = null;
		String margin = null;
		if (e.mean() != null && e.variable().numeric()) {
			mean = number(e.mean().estimate(), 2);
			interval = number(e.mean().lower(), 2) + " – " + number(e.mean().upper(), 2);
			margin = number(e.mean().marginOfError(), 2);
		}
		return new EstimateView(id, key, title(e.variable()), e.variable().multiple(), integer(e.base()),
				number(e.weightedBase(), 1), number(e.effectiveBase(), 1), number(e.designEffect(), 2), e.smallBase(),
				rows, mean, interval, margin);
	}

	CrossTabView crossTab(String id, CrossTabulation t, double[] effectiveBases, boolean hideSmall) {
		int rows = t.rowCategories().size();
		int columns = t.columnCategories().size();
		List<Boolean> hidden = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			hidden.add(hideSmall && effectiveBases[c] < PollResults.SMALL_BASE);
		}
		List<CrossRow> list = new ArrayList<>();
		for (int r = 0; r < rows; r++) {
			List<String> colPct = new ArrayList<>();
			List<String> rowPct = new ArrayList<>();
			List<String> counts = new ArrayList<>();
			for (int c = 0; c < columns; c++) {
				boolean hide = hidden.get(c);
				colPct.add(hide ? "—" : percent100(t.columnPercent(r, c)));
				rowPct.add(hide ? "—" : percent100(t.rowPercent(r, c)));
				counts.add(hide ? "—" : integer(t.count(r, c)));
			}
			list.add(new CrossRow(label(t.rowCategories().get(r)), colPct, rowPct, counts, number(t.rowBase(r), 1),
					integer(t.rowCount(r))));
		}
		List<String> labels = t.columnCategories().stream().map(this::label).toList();
		List<String> bases = new ArrayList<>();
		List<String> counts = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			bases.add(hidden.get(c) ? "—" : number(t.columnBase(c), 1));
			counts.add(hidden.get(c) ? "—" : integer(t.columnCount(c)));
		}
		IndependenceTest test = t.test();
		boolean anyHidden = hidden.contains(Boolean.TRUE);
		return new CrossTabView(id, title(t.rows()), title(t.columns()), labels, list, bases, counts, hidden,
				integer(t.base()), number(t.weightedBase(), 1), test == null || anyHidden ? null
						: number(test.raoScott(), 2),
				test == null || anyHidden ? null : integer(test.degreesOfFreedom()),
				test == null || anyHidden ? null : pValue(test.pValue()), anyHidden);
	}

	String title(Variable v) {
		return v.label() == null ? v.name() : v.label().in(locale);
	}

	String label(Category c) {
		if (c.label() != null) {
			return c.label().in(locale);
		}
		if (c.labelCode() != null) {
			return messages.getMessage(c.labelCode(), null, c.code(), locale);
		}
		return c.code();
	}

	/** A share (0 to 1) as a percentage with one decimal. */
	public String percent(double share) {
		return Double.isFinite(share) ? number(100 * share, 1) : "—";
	}

	private String percent100(double value) {
		return Double.isFinite(value) ? number(value, 1) : "—";
	}

	String pValue(double p) {
		return p < 0.001 ? "< " + number(0.001, 3) : number(p, 3);
	}

	public String number(double value, int decimals) {
		if (!Double.isFinite(value)) {
			return "—";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(value);
	}

	public String integer(long value) {
		return NumberFormat.getIntegerInstance(locale).format(value);
	}
}
