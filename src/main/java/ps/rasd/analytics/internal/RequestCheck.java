package ps.rasd.analytics.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ps.rasd.analytics.ExportFormat;
import ps.rasd.analytics.ExportManagement;
import ps.rasd.analytics.ExportRequest;
import ps.rasd.shared.Digits;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.LocalizedText;

/** Checks an export request as it came in, field by field, and reports every problem at once. */
public final class RequestCheck {

	private final Collection<String> sources;

	private final Map<String, LocalizedText> governorates;

	private final Map<String, LocalizedText> sectors;

	private final List<InvalidInputException.Field> errors = new ArrayList<>();

	public RequestCheck(Collection<String> sources, Map<String, LocalizedText> governorates,
			Map<String, LocalizedText> sectors) {
		this.sources = sources;
		this.governorates = governorates;
		this.sectors = sectors;
	}

	/** The request, or every problem with it. */
	public ExportRequest check(String source, String format, Map<String, String> filters, Locale language) {
		String name = blank(source);
		if (name == null || !sources.contains(name)) {
			error("source", "analytics.source.unknown", name == null ? "" : name, String.join(", ", sources));
		}
		ExportFormat kind = ExportFormat.of(format).orElse(null);
		if (kind == null) {
			error("format", "analytics.format.unknown", format == null ? "" : format, "csv, xlsx, geojson");
		}
		String known = String.join(", ", ExportManagement.FILTERS.stream().sorted().toList());
		filters.keySet().stream().filter(k -> !ExportManagement.FILTERS.contains(k)).sorted()
			.forEach(k -> error(k, "analytics.filter.unknown", k, known));
		String governorate = code(filters.get("governorate"), governorates, "governorate");
		String sector = code(filters.get("sector"), sectors, "sector");
		LocalDate from = day(filters.get("from"), "from");
		LocalDate to = day(filters.get("to"), "to");
		if (from != null && to != null && from.isAfter(to)) {
			error("to", "analytics.filter.dates-reversed", from.toString(), to.toString());
		}
		Boolean hxl = yesNo(filters.get("hxl"));
		if (!errors.isEmpty()) {
			throw new InvalidInputException("analytics.export.invalid", errors);
		}
		Locale headers = language != null && "en".equals(language.getLanguage()) ? Locale.ENGLISH
				: Locale.forLanguageTag("ar");
		return new ExportRequest(name, kind, governorate, sector, from, to, Boolean.TRUE.equals(hxl), headers);
	}

	private String code(String value, Map<String, LocalizedText> known, String field) {
		String code = blank(Digits.toLatin(value));
		if (code == null) {
			return null;
		}
		String match = known.keySet().stream().filter(k -> k.equalsIgnoreCase(code)).findFirst().orElse(null);
		if (match == null) {
			error(field, "analytics.filter." + field + "-unknown", code);
		}
		return match;
	}

	private LocalDate day(String value, String field) {
		String text = blank(Digits.toLatin(value));
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			error(field, "analytics.filter.date-malformed", text);
			return null;
		}
	}

	private Boolean yesNo(String value) {
		String text = blank(value);
		if (text == null) {
			return null;
		}
		switch (text.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "on", "1":
				return true;
			case "false", "no", "off", "0":
				return false;
			default:
				error("hxl", "analytics.filter.hxl-malformed", text);
				return null;
		}
	}

	private void error(String field, String code, Object... arguments) {
		errors.add(new InvalidInputException.Field(field, code, List.of(arguments), null));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
