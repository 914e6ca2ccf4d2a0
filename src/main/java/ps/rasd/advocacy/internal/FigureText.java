package ps.rasd.advocacy.internal;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ps.rasd.advocacy.CitationKind;
import ps.rasd.advocacy.Figure;
import ps.rasd.advocacy.Figure.Part;
import ps.rasd.advocacy.Figure.Type;
import ps.rasd.cases.CaseStatus;
import ps.rasd.shared.Formats;

/**
 * Writes a cited figure in the reader's language and digits, and reads back the figures of citations kept as text
 * before figures were kept as data (in Arabic or English, by the messages that wrote them); a text that cannot be read
 * back is shown as it was written.
 */
@Component
public class FigureText {

	private static final Locale AR = Locale.forLanguageTag("ar");

	/** The parts of each figure message, in order, to read old texts back. */
	private static final Map<String, List<Type>> MESSAGES = Map.of(
			"advocacy.value.scorecard", List.of(Type.INTEGER, Type.INTEGER, Type.DECIMAL, Type.INTEGER),
			"advocacy.value.poll", List.of(Type.DECIMAL, Type.DECIMAL, Type.INTEGER),
			"advocacy.value.violation", List.of(Type.DATE, Type.INTEGER),
			"advocacy.value.publication", List.of(Type.TEXT, Type.DATE),
			"advocacy.value.monitoring", List.of(Type.DECIMAL, Type.DATE, Type.DECIMAL, Type.INTEGER));

	private static final Map<CitationKind, String> KEYS = Map.of(CitationKind.SCORECARD, "advocacy.value.scorecard",
			CitationKind.POLL, "advocacy.value.poll", CitationKind.VIOLATION, "advocacy.value.violation",
			CitationKind.PUBLICATION, "advocacy.value.publication", CitationKind.MONITORING, "advocacy.value.monitoring");

	private final MessageSource messages;

	FigureText(MessageSource messages) {
		this.messages = messages;
	}

	/** The figure written in the language of the locale, with its digits. */
	public String write(Figure figure, Locale locale) {
		Formats formats = Formats.of(locale);
		Object[] args = figure.parts().stream().map(p -> part(p, formats, locale)).toArray();
		if (figure.key() == null) {
			return args.length == 0 ? "" : String.valueOf(args[0]);
		}
		return messages.getMessage(figure.key(), args, figure.key(), locale);
	}

	/** The figure of a citation kept as text only, when its text can be read back. */
	public Optional<Figure> legacy(CitationKind kind, String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		if (kind == CitationKind.CASE) {
			return caseStatus(text.strip());
		}
		String key = KEYS.get(kind);
		for (Locale locale : List.of(AR, Locale.ENGLISH)) {
			Optional<Figure> read = read(key, text.strip(), locale);
			if (read.isPresent()) {
				return read;
			}
		}
		return Optional.empty();
	}

	private Optional<Figure> caseStatus(String text) {
		for (CaseStatus status : CaseStatus.values()) {
			String code = "cases.status." + status.name();
			for (Locale locale : List.of(AR, Locale.ENGLISH)) {
				if (text.equals(messages.getMessage(code, null, null, locale))) {
					return Optional.of(Figure.of(null, Figure.code(code)));
				}
			}
		}
		return Optional.empty();
	}

	private Optional<Figure> read(String key, String text, Locale locale) {
		String pattern = messages.getMessage(key, null, null, locale);
		if (pattern == null) {
			return Optional.empty();
		}
		try {
			Object[] values = new MessageFormat(pattern, Locale.ROOT).parse(text);
			List<Type> types = MESSAGES.get(key);
			if (values.length != types.size()) {
				return Optional.empty();
			}
			List<Part> parts = new ArrayList<>();
			for (int i = 0; i < values.length; i++) {
				parts.add(part(types.get(i), String.valueOf(values[i]).strip(), locale));
			}
			return Optional.of(new Figure(key, parts));
		}
		catch (ParseException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static Part part(Type type, String written, Locale locale) throws ParseException {
		if (written.isEmpty() || "—".equals(written)) {
			return new Part(type, null);
		}
		return switch (type) {
			case INTEGER -> Figure.integer(new BigDecimal(latin(written)).longValueExact());
			case DECIMAL -> Figure.decimal(new BigDecimal(latin(written)));
			case DATE -> Figure.date(day(written, locale));
			case TEXT, CODE -> new Part(type, written);
		};
	}

	/** Latin digits, a point for the decimal separator and no grouping. */
	static String latin(String written) {
		StringBuilder out = new StringBuilder();
		for (char c : written.toCharArray()) {
			if (c >= '\u0660' && c <= '\u0669') {
				out.append((char) ('0' + (c - '\u0660')));
			}
			else if (c == '\u066B') {
				out.append('.');
			}
			else if (c == '\u066C' || c == ',' || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT) {
				continue;
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static LocalDate day(String written, Locale locale) throws ParseException {
		ULocale ulocale = "en".equals(locale.getLanguage()) ? ULocale.UK : new ULocale("ar_PS@numbers=arab");
		DateFormat format = DateFormat.getInstanceForSkeleton("yMMMd", ulocale);
		format.setTimeZone(TimeZone.getTimeZone(Formats.ZONE.getId()));
		return LocalDate.ofInstant(format.parse(written).toInstant(), Formats.ZONE);
	}

	private Object part(Part p, Formats formats, Locale locale) {
		if (p.value() == null) {
			return "—";
		}
		return switch (p.type()) {
			case INTEGER -> formats.number(Long.valueOf(p.value()));
			case DECIMAL -> formats.decimal(new BigDecimal(p.value()), 1);
			case DATE -> formats.date(LocalDate.parse(p.value()));
			case TEXT -> p.value();
			case CODE -> messages.getMessage(p.value(), null, p.value(), locale);
		};
	}
}
