package ps.rasd.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LocalizedTextTests {

	@Test
	void showsEnglishToEnglishReadersAndArabicToEveryoneElse() {
		LocalizedText name = new LocalizedText("الخليل", "Hebron");
		assertThat(name.in(Locale.ENGLISH)).isEqualTo("Hebron");
		assertThat(name.in(Locale.forLanguageTag("ar"))).isEqualTo("الخليل");
		assertThat(name.in(Locale.FRENCH)).isEqualTo("الخليل");
	}

	@Test
	void fallsBackToArabicWhenEnglishIsMissing() {
		assertThat(new LocalizedText("عابا", " ").in(Locale.ENGLISH)).isEqualTo("عابا");
	}

	@Test
	void requiresArabic() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LocalizedText(" ", "Hebron"));
	}
}
