package ps.rasd.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicTextTests {

	@ParameterizedTest(name = "{0} folds like {1}")
	@CsvSource(quoteCharacter = '"', value = {
			"أريحا, اريحا",
			"إربد, اربد",
			"آمنة, امنه",
			"مدرسة, مدرسه",
			"مستشفى, مستشفي",
			"مُسْتَشْفَى, مستشفي",
			"الخلـــيل, الخليل",
			"مؤسسة, موسسه",
			"بئر, بير",
			"'Aba, aba",
			"‘Ābā, aba",
			"Bayt Sāḥūr, bayt sahur",
			"٠٥٩٩١٢٣٤٥٦, 0599123456",
			"  بيت   لحم - Bethlehem , بيت لحم bethlehem" })
	void foldsSpellingVariantsToOneKey(String typed, String expected) {
		assertThat(ArabicText.searchKey(typed)).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "أريحا, اريحا", "جِنين, جنين", "طولكرم, طولكرم" })
	void variantsOfOneNameMatchEachOther(String a, String b) {
		assertThat(ArabicText.searchKey(a)).isEqualTo(ArabicText.searchKey(b));
	}

	@org.junit.jupiter.api.Test
	void keepsDifferentWordsApart() {
		assertThat(ArabicText.searchKey("نابلس")).isNotEqualTo(ArabicText.searchKey("طوباس"));
		assertThat(ArabicText.searchKey(null)).isEmpty();
	}
}
