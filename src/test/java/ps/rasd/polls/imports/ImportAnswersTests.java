package ps.rasd.polls.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import ps.rasd.forms.Choice;
import ps.rasd.forms.Question;
import ps.rasd.forms.QuestionType;
import ps.rasd.shared.LocalizedText;

class ImportAnswersTests {

	private static final Question SERVICES = question("services_used", QuestionType.MULTIPLE_CHOICE,
			new Choice("health", new LocalizedText("مركز صحي أو مستشفى حكومي", "Public health centre or hospital")),
			new Choice("school", new LocalizedText("مدرسة حكومية", "Public school")),
			new Choice("municipal", new LocalizedText("البلدية", "Municipality")));

	private static final Question GOVERNORATE = question("governorate", QuestionType.SINGLE_CHOICE,
			new Choice("01", new LocalizedText("جنين", "Jenin")),
			new Choice("30", new LocalizedText("رام الله والبيرة", "Ramallah")));

	@Test
	void aChoiceIsItsValueOrItsLabelInAnySpelling() {
		assertThat(ImportAnswers.value(GOVERNORATE, "30")).isEqualTo("30");
		assertThat(ImportAnswers.value(GOVERNORATE, "رام اللة والبيرة")).isEqualTo("30");
		assertThat(ImportAnswers.value(GOVERNORATE, "ramallah")).isEqualTo("30");
		assertThat(ImportAnswers.value(GOVERNORATE, "١")).isEqualTo("01");
		assertThat(ImportAnswers.value(GOVERNORATE, "Atlantis")).isEqualTo("Atlantis");
	}

	@Test
	void severalChoicesAreSeparatedBySpacesCommasOrSemicolons() {
		assertThat(ImportAnswers.value(SERVICES, "health school")).isEqualTo("health school");
		assertThat(ImportAnswers.value(SERVICES, "Public school; البلدية")).isEqualTo("school municipal");
		assertThat(ImportAnswers.value(SERVICES, "مدرسة حكومية، مركز صحي أو مستشفى حكومي")).isEqualTo("school health");
		assertThat(ImportAnswers.value(SERVICES, "health,moon")).isEqualTo("health moon");
	}

	@Test
	void yesNoAndNumbersInEitherLanguage() {
		Question yesNo = question("complained", QuestionType.YES_NO_NA);
		assertThat(ImportAnswers.value(yesNo, "نعم")).isEqualTo("yes");
		assertThat(ImportAnswers.value(yesNo, "No")).isEqualTo("no");
		assertThat(ImportAnswers.value(yesNo, "لا ينطبق")).isEqualTo("na");
		assertThat(ImportAnswers.value(question("age", QuestionType.INTEGER), "٤٥")).isEqualTo("45");
		assertThat(ImportAnswers.value(question("age", QuestionType.INTEGER), "45.0")).isEqualTo("45");
	}

	@Test
	void columnsAreGuessedFromTheNameOrTheLabel() {
		assertThat(ImportAnswers.guess(List.of(GOVERNORATE, SERVICES), List.of("Services_Used", "المحافظة", "x")))
			.containsExactly(java.util.Map.entry("services_used", "Services_Used"));
		assertThat(ImportAnswers.guessDuration(List.of("id", "المدة"))).contains("المدة");
		assertThat(ImportTables.delimiter("a;b;c\n1,5;2;3")).isEqualTo(';');
		assertThat(ImportTables.delimiter("a,b\n")).isEqualTo(',');
	}

	private static Question question(String name, QuestionType type, Choice... choices) {
		return new Question(name, type, new LocalizedText(name, name), null, false, List.of(choices), null, null,
				null);
	}
}
