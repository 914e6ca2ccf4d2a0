package ps.rasd.polls.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ps.rasd.polls.PollAnalysis;
import ps.rasd.polls.PollResults;
import ps.rasd.polls.analysis.Category;
import ps.rasd.polls.analysis.Respondent;
import ps.rasd.polls.analysis.Variable;
import ps.rasd.shared.RasdPrincipal;

/**
 * Exports of a poll's results (analysts and administrators): the weighted dataset, one row per included response
 * with answers (value and label), weighting variables (columns prefixed {@code wv_}), stratum and weight, and no enumerator, timing or response id;
 * and a table (an estimate or a cross-tab) as CSV. CSV files start with a UTF-8 byte order mark.
 */
@Controller
class PollExportController {

	/** Derived weighting variables are prefixed so they never share a name with the question they came from. */
	static final String WEIGHTING_COLUMN = "wv_";

	private final PollAnalysis analysis;

	private final MessageSource messages;

	PollExportController(PollAnalysis analysis, MessageSource messages) {
		this.analysis = analysis;
		this.messages = messages;
	}

	@GetMapping("/polls/{id}/results/dataset.csv")
	void datasetCsv(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Locale locale,
			HttpServletResponse response) throws IOException {
		List<List<String>> rows = dataset(analysis.results(id, actor), locale);
		download(response, "text/csv;charset=UTF-8", "poll-" + id + "-weighted.csv");
		writeCsv(rows, response.getOutputStream());
	}

	@GetMapping("/polls/{id}/results/dataset.xlsx")
	void datasetXlsx(@PathVariable long id, @AuthenticationPrincipal RasdPrincipal actor, Locale locale,
			HttpServletResponse response) throws IOException {
		List<List<String>> rows = dataset(analysis.results(id, actor), locale);
		download(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"poll-" + id + "-weighted.xlsx");
		Workbook workbook = new Workbook(response.getOutputStream(), "Rasd", "1.0");
		Worksheet sheet = workbook.newWorksheet("poll-" + id);
		if (!"en".equals(locale.getLanguage())) {
			sheet.rightToLeft();
		}
		for (int r = 0; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			for (int c = 0; c < row.size(); c++) {
				String value = row.get(c);
				if (r > 0 && c == row.size() - 1) {
					sheet.value(r, c, Double.parseDouble(value));
				}
				else {
					sheet.value(r, c, value);
				}
			}
		}
		workbook.finish();
	}

	@GetMapping("/polls/{id}/results/table.csv")
	void table(@PathVariable long id, @RequestParam String question, @RequestParam(required = false) String by,
			@AuthenticationPrincipal RasdPrincipal actor, Locale locale, HttpServletResponse response)
			throws IOException {
		PollResults results = analysis.results(id, actor);
		ResultViews views = new ResultViews(messages, locale);
		List<List<String>> rows = new ArrayList<>();
		if (by == null || by.isBlank()) {
			var e = views.estimate("t", question, results.estimate(question));
			rows.add(List.of(e.title(), msg("polls.results.percent", locale), msg("polls.results.interval", locale),
					msg("polls.results.margin", locale), msg("polls.results.weighted", locale),
					msg("polls.results.count", locale)));
			e.rows().forEach(r -> rows.add(List.of(r.label(), r.percent(), r.interval(), r.margin(), r.weighted(),
					r.count())));
			rows.add(List.of(msg("polls.results.base", locale), "", "", "", e.weightedBase(), e.base()));
		}
		else {
			var table = results.crossTab(question, by);
			var t = views.crossTab("t", table, results.columnEffectiveBases(table), false);
			List<String> header = new ArrayList<>();
			header.add(t.rowTitle() + " / " + t.columnTitle());
			t.columns().forEach(c -> header.add(c + " (" + msg("polls.results.column-percent", locale) + ")"));
			header.add(msg("polls.results.weighted", locale));
			header.add(msg("polls.results.count", locale));
			rows.add(header);
			for (var r : t.rows()) {
				List<String> line = new ArrayList<>();
				line.add(r.label());
				line.addAll(r.columnPercents());
				line.add(r.rowBase());
				line.add(r.rowCount());
				rows.add(line);
			}
			List<String> bases = new ArrayList<>();
			bases.add(msg("polls.results.weighted", locale));
			bases.addAll(t.columnBases());
			rows.add(bases);
			List<String> counts = new ArrayList<>();
			counts.add(msg("polls.results.count", locale));
			counts.addAll(t.columnCounts());
			rows.add(counts);
			if (t.pValue() != null) {
				rows.add(List.of(msg("polls.results.rao-scott", locale), t.chiSquare(), t.degrees(), t.pValue()));
			}
		}
		download(response, "text/csv;charset=UTF-8", "poll-" + id + "-table.csv");
		writeCsv(rows, response.getOutputStream());
	}

	/** The dataset: a header, then one row per included response; the weight is the last column. */
	static List<List<String>> dataset(PollResults results, Locale locale) {
		List<Variable> questions = results.questions();
		List<Variable> variables = results.weightingVariables();
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>();
		header.add("respondent");
		for (Variable q : questions) {
			header.add(q.name());
			if (q.categorical() && !q.numeric()) {
				header.add(q.name() + "_label");
			}
		}
		variables.forEach(v -> header.add(WEIGHTING_COLUMN + v.name()));
		header.add("stratum");
		header.add("weight");
		rows.add(apart(header));
		int n = 0;
		for (Respondent r : results.respondents()) {
			List<String> row = new ArrayList<>();
			row.add(String.valueOf(++n));
			for (Variable q : questions) {
				String value = r.answer(q.name());
				row.add(value == null ? "" : value);
				if (q.categorical() && !q.numeric()) {
					row.add(value == null ? "" : labels(q, value, locale));
				}
			}
			variables.forEach(v -> row.add(r.variable(v.name()) == null ? "" : r.variable(v.name())));
			row.add(r.stratum() == null ? "" : r.stratum());
			row.add(String.valueOf(results.weight(r.id())));
			rows.add(row);
		}
		return rows;
	}

	/**
	 * The header with each name once: a question that happens to be called like a derived column keeps its name and
	 * the later column gets a numbered suffix, so R's {@code read.csv} and pandas never see clashing columns.
	 */
	static List<String> apart(List<String> header) {
		Set<String> seen = new HashSet<>();
		List<String> unique = new ArrayList<>();
		for (String name : header) {
			String candidate = name;
			for (int n = 2; !seen.add(candidate); n++) {
				candidate = name + "_" + n;
			}
			unique.add(candidate);
		}
		return unique;
	}

	private static String labels(Variable q, String value, Locale locale) {
		List<String> labels = new ArrayList<>();
		for (String part : q.multiple() ? value.split("\\s+") : new String[] { value }) {
			labels.add(q.categories().stream().filter(c -> c.code().equals(part)).findFirst()
				.map(c -> label(c, locale)).orElse(part));
		}
		return String.join("; ", labels);
	}

	private static String label(Category c, Locale locale) {
		return c.label() != null ? c.label().in(locale) : c.code();
	}

	private String msg(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}

	private static void download(HttpServletResponse response, String type, String filename) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
	}

	static void writeCsv(List<List<String>> rows, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		for (List<String> row : rows) {
			for (int c = 0; c < row.size(); c++) {
				if (c > 0) {
					writer.write(',');
				}
				writer.write(quote(row.get(c)));
			}
			writer.write("\r\n");
		}
		writer.flush();
	}

	private static String quote(String value) {
		String v = value == null ? "" : value;
		if (v.startsWith("=") || v.startsWith("+") || v.startsWith("@")) {
			v = "'" + v;
		}
		return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
				? "\"" + v.replace("\"", "\"\"") + "\"" : v;
	}
}
