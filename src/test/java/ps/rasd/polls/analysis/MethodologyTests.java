package ps.rasd.polls.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static ps.rasd.polls.analysis.AnalysisFixtures.failsWith;
import static ps.rasd.polls.analysis.AnalysisFixtures.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import ps.rasd.shared.LocalizedText;

class MethodologyTests {

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/polls/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static PollFacts facts(List<PollFacts.WeightingSource> weighting, double deff) {
		return new PollFacts(text("مؤشر الحريات", "Freedoms index"),
				text("البالغين ١٨ سنة فأكثر في الضفة الغربية وقطاع غزة", "adults 18 and over in the West Bank and Gaza"),
				List.of("enumerator", "web"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15), 1250, 1200, weighting,
				deff, null);
	}

	static final List<PollFacts.WeightingSource> SOURCES = List.of(
			new PollFacts.WeightingSource(text("المحافظة", "governorate"), "PCBS census 2017"),
			new PollFacts.WeightingSource(text("الجنس", "sex"), "PCBS 2017"));

	@Test
	void theMarginOfErrorAtFiftyPercentIncludesTheDesignEffect() {
		// 1.96 x sqrt(1.44 x 0.25 / 1200) = 0.0339: 3.4 points
		assertThat(facts(SOURCES, 1.44).overallMarginOfError()).isCloseTo(0.03395, within(1e-5));
	}

	@Test
	void englishStatementGivesPopulationModesDatesSampleSourcesAndMarginOfError() {
		String en = Methodology.statement(facts(SOURCES, 1.44), messages(), Locale.ENGLISH);

		assertThat(en).contains("Freedoms index", "adults 18 and over in the West Bank and Gaza",
				"face-to-face interviews by enumerators", "self-administered web questionnaire", "1 March 2026",
				"15 March 2026", "1,250", "1,200", "governorate (source: PCBS census 2017), sex (source: PCBS 2017)",
				"1.44", "plus or minus 3.4 percentage points");
	}

	@Test
	void aSourceWrittenInBothLanguagesIsGivenInTheLanguageOfTheStatement() {
		var both = List.of(new PollFacts.WeightingSource(text("الجنس", "sex"),
				"الجهاز المركزي للإحصاء الفلسطيني، تعداد 2017 / PCBS, Census 2017"),
				new PollFacts.WeightingSource(text("المحافظة", "governorate"), "PCBS / UNFPA 2017"));
		LocalizedText statement = Methodology.statement(facts(both, 1.2), messages());
		assertThat(statement.ar()).contains("الجنس (المصدر: الجهاز المركزي للإحصاء الفلسطيني، تعداد 2017)")
			.doesNotContain("PCBS, Census 2017").contains("PCBS / UNFPA 2017");
		assertThat(statement.en()).contains("sex (source: PCBS, Census 2017)").doesNotContain("الجهاز")
			.contains("governorate (source: PCBS / UNFPA 2017)");
	}

	@Test
	void arabicStatementUsesArabicIndicDigitsAndLevantineMonths() {
		LocalizedText statement = Methodology.statement(facts(SOURCES, 1.44), messages());

		assertThat(statement.ar()).contains("مؤشر الحريات", "آذار", "١٬٢٥٠", "١٬٢٠٠", "١٫٤٤",
				"زائد أو ناقص ٣٫٤ نقطة مئوية", "المحافظة (المصدر: PCBS census 2017)");
		assertThat(statement.ar()).doesNotContain("1,200", "1.44", "3.4", "March");
		assertThat(statement.en()).contains("3.4");
	}

	@Test
	void aTitleThatSaysItIsAPollIsNotPrecededByTheWordAgain() {
		PollFacts facts = new PollFacts(text("استطلاع الرأي حول الخدمات العامة ٢٠٢٦", "Public services poll 2026"),
				text("البالغين", "adults"), List.of("web"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15), 100, 90,
				SOURCES, 1.2, null);
		LocalizedText statement = Methodology.statement(facts, messages());
		assertThat(statement.ar()).startsWith("شمل استطلاع الرأي حول الخدمات العامة ٢٠٢٦ البالغين")
			.doesNotContain("استطلاع استطلاع");
		assertThat(statement.en()).startsWith("Public services poll 2026 surveyed adults").doesNotContain("poll Public");
		assertThat(Methodology.statement(facts(SOURCES, 1.2), messages(), Locale.ENGLISH))
			.startsWith("The poll Freedoms index surveyed");
	}

	@Test
	void anUnweightedPollSaysSo() {
		String en = Methodology.statement(facts(List.of(), 1), messages(), Locale.ENGLISH);

		assertThat(en).contains("The results are not weighted.", "plus or minus 2.8 percentage points");
		assertThat(Methodology.marginOfError(facts(List.of(), 1), messages(), Locale.ENGLISH)).contains("2.8");
	}

	@Test
	void includedCannotExceedCompleted() {
		failsWith(() -> new PollFacts(text("أ", "a"), text("ب", "b"), List.of(), LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 1, 2), 10, 11, List.of(), 1, null), "polls.methodology.invalid-sample", 10, 11);
	}
}
