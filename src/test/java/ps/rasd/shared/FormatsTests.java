package ps.rasd.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** One way to write numbers, days and times for people: Palestine's time, the language's digits and plurals. */
class FormatsTests {

	static final Formats ARABIC = Formats.of(Locale.forLanguageTag("ar"));

	static final Formats ENGLISH = Formats.of(Locale.ENGLISH);

	/** 22:30 in UTC on 7 December is half past midnight on 8 December in Palestine (UTC+2 in winter). */
	static final Instant LATE_EVENING_UTC = Instant.parse("2026-12-07T22:30:00Z");

	@Test
	void timesAreShownInPalestinesTimeZoneNotTheServers() {
		assertThat(ENGLISH.dateTime(LATE_EVENING_UTC)).contains("8 Dec 2026").contains("00:30");
		assertThat(ENGLISH.date(LATE_EVENING_UTC)).isEqualTo("8 Dec 2026");
		assertThat(ARABIC.dateTime(LATE_EVENING_UTC)).contains("٨").contains("١٢:٣٠").doesNotContain("22", "٢٢:");
		assertThat(ENGLISH.dateTime(Instant.parse("2026-07-01T09:00:00Z"))).as("summer time, UTC+3").contains("12:00");
	}

	@Test
	void theArabicInterfaceWritesArabicIndicDigitsAndOneStyleOfMonthNames() {
		assertThat(ARABIC.number(1200)).isEqualTo("١٬٢٠٠");
		assertThat(ARABIC.decimal(2.5, 1)).isEqualTo("٢٫٥");
		assertThat(ARABIC.percent(30.7, 1)).startsWith("٣٠٫٧").contains("٪");
		assertThat(ARABIC.longDate(LocalDate.of(2026, 12, 7))).isEqualTo("٧ كانون الأول ٢٠٢٦");
		assertThat(ARABIC.digits("RSD-2026-000012")).isEqualTo("RSD-٢٠٢٦-٠٠٠٠١٢");
	}

	@Test
	void theEnglishInterfaceWritesLatinDigits() {
		assertThat(ENGLISH.number(1200)).isEqualTo("1,200");
		assertThat(ENGLISH.decimal(2.5, 1)).isEqualTo("2.5");
		assertThat(ENGLISH.longDate(LocalDate.of(2026, 12, 7))).isEqualTo("7 December 2026");
		assertThat(ENGLISH.digits("RSD-2026-000012")).isEqualTo("RSD-2026-000012");
	}

	@Test
	void countsTakeThePluralFormOfTheirLanguage() {
		String days = "{0,plural,one{يوم واحد} two{يومان} few{# أيام} many{# يومًا} other{# يوم}}";
		assertThat(ARABIC.plural(days, 1)).isEqualTo("يوم واحد");
		assertThat(ARABIC.plural(days, 2)).isEqualTo("يومان");
		assertThat(ARABIC.plural(days, 6)).isEqualTo("٦ أيام");
		assertThat(ARABIC.plural(days, 11)).isEqualTo("١١ يومًا");
		assertThat(ARABIC.plural(days, 100)).isEqualTo("١٠٠ يوم");
		assertThat(ENGLISH.plural("{0,plural,one{# day} other{# days}}", 1)).isEqualTo("1 day");
		assertThat(ENGLISH.plural("{0,plural,one{# day} other{# days}}", 6)).isEqualTo("6 days");
	}

	@Test
	void contentInTheOtherLanguageIsMarkedWithItsLanguage() {
		assertThat(ENGLISH.lang("بلدية <mark>الخليل</mark>")).isEqualTo("ar");
		assertThat(ENGLISH.lang("Hebron municipality")).isNull();
		assertThat(ARABIC.lang("Hebron <mark>municipality</mark>")).isEqualTo("en");
		assertThat(ARABIC.lang("بيت لحم")).isNull();
		assertThat(ARABIC.lang("RSD-2026-000012")).isEqualTo("en");
		assertThat(ENGLISH.lang("31.5 35.1")).isNull();
	}
}
