package ps.rasd.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitsTests {

	@Test
	void turnsArabicIndicAndPersianDigitsIntoLatin() {
		assertThat(Digits.toLatin("٠١٢٣٤٥٦٧٨٩")).isEqualTo("0123456789");
		assertThat(Digits.toLatin("۰۱۲۳۴۵۶۷۸۹")).isEqualTo("0123456789");
	}

	@Test
	void readsArabicDecimalAndThousandsSeparators() {
		assertThat(Digits.toLatin("١٬٢٣٤٫٥")).isEqualTo("1234.5");
	}

	@Test
	void leavesOtherTextAlone() {
		String text = "غرفة 12 في الطابق الأول";
		assertThat(Digits.toLatin(text)).isSameAs(text);
		assertThat(Digits.hasNonLatinDigits(text)).isFalse();
		assertThat(Digits.toLatin("الغرفة ١٢")).isEqualTo("الغرفة 12");
	}
}
