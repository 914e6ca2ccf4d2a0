package ps.rasd.forms;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ps.rasd.forms.XlsFormSheets.SheetRow;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.LocalizedText;

/**
 * Reads an XLSForm's sheets into a definition, noting what Rasd does not keep as written. Groups become sections
 * (a nested group or a repeat is flattened into the section it is in, its questions asked once); a group's condition
 * is added to each of its questions' conditions.
 */
final class XlsFormReader {

	private static final Set<String> METADATA = Set.of("start", "end", "today", "deviceid", "subscriberid",
			"simserial", "phonenumber", "username", "email", "audit", "start-geopoint", "uri:subscriberid",
			"uri:deviceid", "uri:username", "uri:email", "uri:phonenumber");

	/** Columns Rasd reads; any other column with a value is reported once. */
	private static final Set<String> KNOWN = Set.of("type", "name", "label", "hint", "required", "relevant",
			"constraint", "constraint_message", "appearance", "parameters", "rasd_min", "rasd_max",
			"rasd_min_length", "rasd_max_length", "rasd_pattern", "rasd_constraint", "rasd_indicator", "rasd_points",
			"rasd_bands", "$kuid", "$autoname", "$prev", "$given_name");

	private final String fileName;

	private final List<XlsFormNote> notes = new ArrayList<>();

	private final XlsFormQuestions questions;

	private final List<Section> sections = new ArrayList<>();

	private final Set<String> sectionNames = new HashSet<>();

	private final Deque<String> conditions = new ArrayDeque<>();

	private String sectionName;

	private LocalizedText sectionTitle;

	private List<Question> sectionQuestions;

	private int depth;

	private LocalizedText title;

	XlsFormReader(String fileName) {
		this.fileName = fileName;
		this.questions = new XlsFormQuestions(notes);
	}

	XlsFormImport read(Path file) {
		Map<String, List<SheetRow>> sheets = XlsFormSheets.read(file, fileName);
		List<SheetRow> survey = sheets.get("survey");
		if (survey == null) {
			throw new DomainException("forms.xlsform.no-survey", fileName);
		}
		settings(sheets.getOrDefault("settings", List.of()));
		questions.choices(sheets.getOrDefault("choices", List.of()));
		boolean rasdConstraints = survey.stream().anyMatch(r -> r.cells().keySet().stream()
			.anyMatch(c -> c.startsWith("rasd_") && !c.equals("rasd_indicator") && !c.startsWith("rasd_points")
					&& !c.equals("rasd_bands")));
		questions.rasdConstraints(rasdConstraints);
		unknownColumns(survey);
		for (SheetRow row : survey) {
			row(row);
		}
		closeSection();
		List<IndicatorWeight> indicators = indicators(sheets.getOrDefault(XlsForm.INDICATOR_SHEET, List.of()));
		questions.noteMissingArabic();
		sheets.keySet().stream()
			.filter(s -> !List.of("survey", "choices", "settings", XlsForm.INDICATOR_SHEET).contains(s))
			.filter(s -> !sheets.get(s).isEmpty())
			.forEach(s -> notes.add(new XlsFormNote(s, 0, "forms.xlsform.note.unsupported-sheet", List.of(s))));
		return new XlsFormImport(new FormDefinition(title, indicators, sections), notes);
	}

	private void settings(List<SheetRow> rows) {
		SheetRow row = rows.isEmpty() ? new SheetRow(0, Map.of()) : rows.get(0);
		String ar = row.get("form_title");
		String en = row.get("rasd_title_en");
		questions.defaultLanguage(XlsFormSheets.language(row.get("default_language")));
		String fallback = fileName.replaceFirst("\\.[A-Za-z]+$", "");
		title = new LocalizedText(ar.isEmpty() ? (en.isEmpty() ? fallback : en) : ar, en);
	}

	private void unknownColumns(List<SheetRow> survey) {
		Map<String, Integer> first = new LinkedHashMap<>();
		for (SheetRow row : survey) {
			for (String column : row.cells().keySet()) {
				String base = column.split("@", 2)[0];
				boolean knownLanguage = column.endsWith("@ar") || column.endsWith("@en") || !column.contains("@");
				if (!KNOWN.contains(base) || (!knownLanguage && !base.startsWith("$"))) {
					first.putIfAbsent(column.replace("@", "::"), row.number());
				}
				if (base.equals("appearance") && !row.get(column).equals("multiline")) {
					first.putIfAbsent("appearance", row.number());
				}
			}
		}
		first.forEach((column, row) -> notes.add(new XlsFormNote("survey", row,
				"forms.xlsform.note.unsupported-column", List.of(column))));
	}

	private void row(SheetRow row) {
		String type = row.get("type").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		String kind = type.replace('_', ' ');
		if (type.isEmpty()) {
			return;
		}
		if (kind.equals("begin group") || kind.equals("begin repeat")) {
			begin(row, kind.endsWith("repeat"));
		}
		else if (kind.equals("end group") || kind.equals("end repeat")) {
			end();
		}
		else if (METADATA.contains(type)) {
			notes.add(new XlsFormNote("survey", row.number(), "forms.xlsform.note.metadata", List.of(type)));
		}
		else {
			questions.question(row, type, condition()).ifPresent(this::add);
		}
	}

	private void begin(SheetRow row, boolean repeat) {
		String name = questions.name(row);
		if (repeat) {
			notes.add(new XlsFormNote("survey", row.number(), "forms.xlsform.note.repeat", List.of(name)));
		}
		else if (depth > 0) {
			notes.add(new XlsFormNote("survey", row.number(), "forms.xlsform.note.nested-group", List.of(name)));
		}
		conditions.push(questions.expression(row, "relevant").orElse(""));
		if (depth++ == 0) {
			closeSection();
			sectionName = uniqueSectionName(name.isEmpty() ? "section" : name);
			sectionTitle = questions.text(row, "label", sectionName);
			sectionQuestions = new ArrayList<>();
		}
	}

	private void end() {
		if (depth == 0) {
			return;
		}
		conditions.pop();
		if (--depth == 0) {
			closeSection();
		}
	}

	private String condition() {
		List<String> parts = new ArrayList<>(conditions.stream().filter(c -> !c.isEmpty()).toList());
		if (parts.isEmpty()) {
			return null;
		}
		java.util.Collections.reverse(parts);
		return parts.size() == 1 ? parts.get(0)
				: String.join(" and ", parts.stream().map(p -> "(" + p + ")").toList());
	}

	private void add(Question question) {
		if (sectionQuestions == null) {
			sectionName = uniqueSectionName("section");
			sectionTitle = title;
			sectionQuestions = new ArrayList<>();
		}
		sectionQuestions.add(question);
	}

	private void closeSection() {
		if (sectionQuestions != null) {
			sections.add(new Section(sectionName, sectionTitle, sectionQuestions));
		}
		sectionQuestions = null;
	}

	private String uniqueSectionName(String wanted) {
		String name = wanted;
		for (int i = 2; !sectionNames.add(name); i++) {
			name = wanted + "_" + i;
		}
		return name;
	}

	private List<IndicatorWeight> indicators(List<SheetRow> rows) {
		List<IndicatorWeight> indicators = new ArrayList<>();
		for (SheetRow row : rows) {
			try {
				indicators.add(new IndicatorWeight(row.get("code"),
						new LocalizedText(row.get("name@ar").isEmpty() ? row.get("code") : row.get("name@ar"),
								row.get("name@en")),
						Double.parseDouble(row.get("weight")), !row.get("higher_is_better").equals("no")));
			}
			catch (RuntimeException ex) {
				notes.add(new XlsFormNote(XlsForm.INDICATOR_SHEET, row.number(), "forms.xlsform.note.bad-indicator",
						List.of(row.get("code"))));
			}
		}
		return indicators;
	}

	static BigDecimal number(String text) {
		return text.isEmpty() ? null : new BigDecimal(text);
	}
}
