package ps.rasd.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTests {

	@Test
	void hamzaFormsOfAlefFoldToOneName() {
		assertThat(NameKeys.fold("أحمد")).isEqualTo(NameKeys.fold("احمد")).isEqualTo(NameKeys.fold("ٱحمد"))
			.isEqualTo(NameKeys.fold("إحمد"));
	}

	@Test
	void abdAllahIsOneNameWrittenApartOrTogether() {
		assertThat(NameKeys.fold("عبد الله يوسف")).isEqualTo(NameKeys.fold("عبدالله يوسف"));
		assertThat(NameKeys.sound("Abdullah Yousef")).isEqualTo(NameKeys.sound("عبد الله يوسف"));
		assertThat(NameKeys.sound("Abd al-Rahman")).isEqualTo(NameKeys.sound("عبد الرحمن"));
	}

	@Test
	void taaMarbutaAndHaaMeet() {
		assertThat(NameKeys.fold("فاطمة")).isEqualTo(NameKeys.fold("فاطمه"));
		assertThat(NameKeys.sound("Fatima")).isEqualTo(NameKeys.sound("فاطمة"));
	}

	@Test
	void latinSpellingsMeetTheArabicName() {
		assertThat(NameKeys.sound("Ahmad")).isEqualTo(NameKeys.sound("Ahmed")).isEqualTo(NameKeys.sound("أحمد"));
		assertThat(NameKeys.sound("Mohammed Al-Khatib")).isEqualTo(NameKeys.sound("محمد الخطيب"));
		assertThat(NameKeys.sound("Mohamad Khatib")).isEqualTo(NameKeys.sound("محمد الخطيب"));
	}

	@Test
	void differentNamesStayApart() {
		assertThat(NameKeys.sound("أحمد")).isNotEqualTo(NameKeys.sound("محمد"));
		assertThat(NameKeys.sound("سامي")).isNotEqualTo(NameKeys.sound("سامر"));
	}

	@Test
	void soundKeysAreLowerCaseLettersOnlySoAPrefixRangeFindsThem() {
		assertThat(NameKeys.sound("أحمد محمود الخطيب")).matches("[a-z]+");
		String prefix = NameKeys.sound("أحمد مح");
		assertThat(NameKeys.sound("أحمد محمود الخطيب")).startsWith(prefix);
		assertThat(NameKeys.sound("أحمد محمود الخطيب")).isLessThan(NameKeys.after(prefix));
	}

	@Test
	void palestinianPhonesMeetWhateverThePrefixOrDigits() {
		assertThat(NameKeys.phone("+970 599 123 456")).isEqualTo("599123456");
		assertThat(NameKeys.phone("00972-599-123456")).isEqualTo("599123456");
		assertThat(NameKeys.phone("0599123456")).isEqualTo("599123456");
		assertThat(NameKeys.phone("٠٥٩٩١٢٣٤٥٦")).isEqualTo("599123456");
		assertThat(NameKeys.phone("123")).isNull();
	}

	@Test
	void emailsMeetWhateverTheCase() {
		assertThat(NameKeys.email(" Sara@Example.ORG ")).isEqualTo("sara@example.org");
		assertThat(NameKeys.email("not an address")).isNull();
	}
}
