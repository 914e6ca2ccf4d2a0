package ps.rasd.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * How a number, a day or a time is written for a person, in one place: the Arabic interface writes Arabic-Indic
 * digits and the Levantine month names used in Palestine (ICU's {@code ar-PS}), the English one Latin digits; every
 * time is shown in Palestine's time zone ({@code Asia/Hebron}) whatever the server's, and counts take the plural
 * form their language needs (ICU plural rules: "٦ أيام", "١١ يومًا"). Templates reach it as {@code #fmt}.
 * Machine-readable outputs (CSV, exports, the API, form field values) never go through it: they keep Latin digits
 * and ISO dates.
 */
public final class Formats {

	/** Palestine's time zone: every time shown to a person is in it. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Hebron");

	private static final TimeZone ICU_ZONE = TimeZone.getTimeZone(ZONE.getId());

	private final ULocale locale;

	private final boolean arabic;

	private Formats(Locale locale) {
		this.arabic = locale == null || !"en".equals(locale.getLanguage());
		this.locale = arabic ? new ULocale("ar_PS@numbers=arab") : ULocale.UK;
	}

	/** The formats of the language of the locale (Arabic unless it is English). */
	public static Formats of(Locale locale) {
		return new Formats(locale);
	}

	/** A whole number with the language's digits and grouping, e.g. ١٬٢٠٠ or 1,200; empty for {@code null}. */
	public String number(Number value) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getIntegerInstance(locale);
		return format.format(value);
	}

	/** A number with exactly {@code fractionDigits} decimals, e.g. ٢٫٥; empty for {@code null}. */
	public String decimal(Number value, int fractionDigits) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMinimumFractionDigits(fractionDigits);
		format.setMaximumFractionDigits(fractionDigits);
		return format.format(value);
	}

	/** A percentage given as a number of hundredths (30.7 → ٣٠٫٧٪), with up to {@code fractionDigits} decimals. */
	public String percent(Number percent, int fractionDigits) {
		if (percent == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getPercentInstance(locale);
		format.setMaximumFractionDigits(fractionDigits);
		return format.format(percent.doubleValue() / 100);
	}

	/** A text's Latin digits written in the language's digits (a reference, a code), e.g. RSD-٢٠٢٦-٠٠٠٠١٢. */
	public String digits(Object text) {
		if (text == null) {
			return "";
		}
		String value = text.toString();
		if (!arabic) {
			return value;
		}
		StringBuilder out = new StringBuilder(value.length());
		for (char c : value.toCharArray()) {
			out.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
		}
		return out.toString();
	}

	/**
	 * The language of a piece of content shown as it was written (a snippet, a typed place, a title without a
	 * translation), for its {@code lang} attribute: {@code ar} when it holds Arabic letters, {@code en} when it holds
	 * Latin letters only, {@code null} when neither (digits, codes) or when it is the page's own language.
	 */
	public String lang(Object text) {
		if (text == null) {
			return null;
		}
		String value = text.toString();
		String found = null;
		for (int i = 0; i < value.length(); i++) {
			Character.UnicodeScript script = Character.UnicodeScript.of(value.codePointAt(i));
			if (script == Character.UnicodeScript.ARABIC) {
				found = "ar";
				break;
			}
			if (script == Character.UnicodeScript.LATIN && Character.isLetter(value.charAt(i))) {
				found = "en";
			}
		}
		return found == null || found.equals(arabic ? "ar" : "en") ? null : found;
	}

	/** A day, e.g. ٧ كانون الأول ٢٠٢٦ or 7 Dec 2026; a time is first taken to Palestine's day. */
	public String date(Object when) {
		return format(when, "yMMMd");
	}

	/** A day with the month in full, e.g. ٧ كانون الأول ٢٠٢٦ or 7 December 2026. */
	public String longDate(Object when) {
		return format(when, "yMMMMd");
	}

	/** A day and the time in Palestine, e.g. ٧ كانون الأول ٢٠٢٦، ١٢:٣٠ م. */
	public String dateTime(Object when) {
		return format(when, "yMMMdjjmm");
	}

	/** A day and the time to the second (logs an administrator reads). */
	public String dateTimeSeconds(Object when) {
		return format(when, "yMMMdjjmmss");
	}

	/** A month and year, e.g. كانون الأول ٢٠٢٦. */
	public String month(Object when) {
		return format(when, "yMMMM");
	}

	/**
	 * A count in an ICU plural pattern (the message text), e.g.
	 * {@code {0,plural,one{يوم واحد} two{يومان} few{# أيام} many{# يومًا} other{# يوم}}}.
	 */
	public String plural(String pattern, Number count) {
		if (count == null) {
			return "";
		}
		return new MessageFormat(pattern, locale).format(new Object[] { count });
	}

	private String format(Object when, String skeleton) {
		if (when == null) {
			return "";
		}
		Date date;
		if (when instanceof Instant instant) {
			date = Date.from(instant);
		}
		else if (when instanceof OffsetDateTime odt) {
			date = Date.from(odt.toInstant());
		}
		else if (when instanceof ZonedDateTime zdt) {
			date = Date.from(zdt.toInstant());
		}
		else if (when instanceof Date d) {
			date = d;
		}
		else if (when instanceof LocalDateTime ldt) {
			date = Date.from(ldt.atZone(ZONE).toInstant());
		}
		else if (when instanceof LocalDate day) {
			date = Date.from(day.atStartOfDay(ZONE).toInstant());
		}
		else if (when instanceof YearMonth month) {
			date = Date.from(month.atDay(1).atStartOfDay(ZONE).toInstant());
		}
		else if (when instanceof TemporalAccessor) {
			throw new IllegalArgumentException("cannot show " + when.getClass().getSimpleName() + " as a date");
		}
		else {
			return when.toString();
		}
		DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, locale);
		format.setTimeZone(ICU_ZONE);
		return format.format(date);
	}
}
