package ps.rasd.forms;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import ps.rasd.shared.LocalizedText;

/** Writes a definition as an XLSForm workbook (see {@link XlsForm} for the columns). */
final class XlsFormWriter {

	static final List<String> SURVEY = List.of("type", "name", XlsForm.LABEL_AR, XlsForm.LABEL_EN, XlsForm.HINT_AR,
			XlsForm.HINT_EN, "required", "relevant", "constraint", XlsForm.MESSAGE_AR, XlsForm.MESSAGE_EN,
			"appearance", "parameters", "rasd_min", "rasd_max", "rasd_min_length", "rasd_max_length", "rasd_pattern",
			"rasd_constraint", "rasd_indicator", "rasd_points", "rasd_bands");

	static final List<String> CHOICES = List.of("list_name", "name", XlsForm.LABEL_AR, XlsForm.LABEL_EN);

	static final List<String> INDICATORS = List.of("code", "name::Arabic (ar)", "name::English (en)", "weight",
			"higher_is_better");

	private final FormDefinition form;

	private Worksheet survey;

	private Worksheet choices;

	private int surveyRow;

	private int choiceRow;

	private boolean yesNoListWritten;

	XlsFormWriter(FormDefinition form) {
		this.form = form;
	}

	void write(OutputStream out, String formId, String version) throws IOException {
		Workbook workbook = new Workbook(out, "Rasd", "1.0");
		survey = sheet(workbook, "survey", SURVEY);
		choices = sheet(workbook, "choices", CHOICES);
		surveyRow = 1;
		choiceRow = 1;
		for (Section section : form.sections()) {
			row("begin group", section.name(), section.title(), null);
			section.questions().forEach(this::question);
			set(surveyRow++, "type", "end group");
		}
		Worksheet settings = sheet(workbook, "settings",
				List.of("form_title", "rasd_title_en", "form_id", "version", "default_language"));
		settings.value(1, 0, form.title().ar());
		settings.value(1, 1, form.title().en());
		settings.value(1, 2, formId);
		settings.value(1, 3, version);
		settings.value(1, 4, "Arabic (ar)");
		Worksheet indicators = sheet(workbook, XlsForm.INDICATOR_SHEET, INDICATORS);
		int r = 1;
		for (IndicatorWeight i : form.indicators()) {
			indicators.value(r, 0, i.code());
			indicators.value(r, 1, i.name().ar());
			indicators.value(r, 2, i.name().en());
			indicators.value(r, 3, Double.toString(i.weight()));
			indicators.value(r++, 4, i.higherIsBetter() ? "yes" : "no");
		}
		workbook.finish();
	}

	private static Worksheet sheet(Workbook workbook, String name, List<String> headers) {
		Worksheet sheet = workbook.newWorksheet(name);
		for (int c = 0; c < headers.size(); c++) {
			sheet.value(0, c, headers.get(c));
		}
		return sheet;
	}

	private void question(Question q) {
		int r = surveyRow;
		row(type(q), q.name(), q.label(), q.hint());
		set(r, "required", q.required() ? "yes" : null);
		set(r, "relevant", q.relevant());
		Constraint c = q.constraint();
		set(r, "constraint", c.combined());
		if (c.message() != null) {
			set(r, XlsForm.MESSAGE_AR, c.message().ar());
			set(r, XlsForm.MESSAGE_EN, c.message().en());
		}
		set(r, "appearance", q.type() == QuestionType.LONG_TEXT ? "multiline" : null);
		set(r, "parameters", q.type() == QuestionType.RATING ? "start=1 end=5 step=1" : null);
		set(r, "rasd_min", plain(c.min()));
		set(r, "rasd_max", plain(c.max()));
		set(r, "rasd_min_length", c.minLength() == null ? null : c.minLength().toString());
		set(r, "rasd_max_length", c.maxLength() == null ? null : c.maxLength().toString());
		set(r, "rasd_pattern", c.pattern());
		set(r, "rasd_constraint", c.expression());
		if (q.scoring() != null) {
			set(r, "rasd_indicator", q.scoring().indicator());
			set(r, "rasd_points", points(q.scoring().points()));
			set(r, "rasd_bands", bands(q.scoring().bands()));
		}
		if (q.type().hasChoices()) {
			q.choices().forEach(choice -> choice(q.name(), choice.value(), choice.label()));
		}
		if (q.type() == QuestionType.YES_NO_NA && !yesNoListWritten) {
			yesNoListWritten = true;
			XlsForm.YES_NO_NA.forEach(choice -> choice(XlsForm.YES_NO_NA_LIST, choice.value(), choice.label()));
		}
	}

	private static String type(Question q) {
		return switch (q.type()) {
			case SINGLE_CHOICE -> "select_one " + q.name();
			case MULTIPLE_CHOICE -> "select_multiple " + q.name();
			case YES_NO_NA -> "select_one " + XlsForm.YES_NO_NA_LIST;
			case RATING -> "range";
			case INTEGER -> "integer";
			case DECIMAL -> "decimal";
			case TEXT, LONG_TEXT -> "text";
			case DATE -> "date";
			case TIME -> "time";
			case FILE -> "image";
			case GEOPOINT -> "geopoint";
		};
	}

	private void row(String type, String name, LocalizedText label, LocalizedText hint) {
		set(surveyRow, "type", type);
		set(surveyRow, "name", name);
		set(surveyRow, XlsForm.LABEL_AR, label.ar());
		set(surveyRow, XlsForm.LABEL_EN, label.en());
		if (hint != null) {
			set(surveyRow, XlsForm.HINT_AR, hint.ar());
			set(surveyRow, XlsForm.HINT_EN, hint.en());
		}
		surveyRow++;
	}

	private void set(int r, String column, String value) {
		if (value != null) {
			survey.value(r, SURVEY.indexOf(column), value);
		}
	}

	private void choice(String list, String value, LocalizedText label) {
		choices.value(choiceRow, 0, list);
		choices.value(choiceRow, 1, value);
		choices.value(choiceRow, 2, label.ar());
		if (label.en() != null) {
			choices.value(choiceRow, 3, label.en());
		}
		choiceRow++;
	}

	private static String plain(BigDecimal number) {
		return number == null ? null : number.toPlainString();
	}

	/** {@code yes=100 no=0}. */
	private static String points(Map<String, Double> points) {
		return points == null || points.isEmpty() ? null : points.entrySet().stream()
			.map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
	}

	/** {@code 10=0 20=50 *=100}: up to 10 is worth 0 points, up to 20 50, the rest 100. */
	private static String bands(List<Scoring.Band> bands) {
		return bands == null || bands.isEmpty() ? null : bands.stream()
			.map(b -> (b.upTo() == null ? "*" : b.upTo().toPlainString()) + "=" + b.points())
			.collect(Collectors.joining(" "));
	}
}
