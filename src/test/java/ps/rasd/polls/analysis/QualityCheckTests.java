package ps.rasd.polls.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static ps.rasd.polls.analysis.AnalysisFixtures.form;
import static ps.rasd.polls.analysis.AnalysisFixtures.pairs;
import static ps.rasd.polls.analysis.AnalysisFixtures.question;
import static ps.rasd.polls.analysis.AnalysisFixtures.timed;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import ps.rasd.forms.FormDefinition;
import ps.rasd.forms.QuestionType;

class QualityCheckTests {

	static final FormDefinition FORM = form(question("r1", QuestionType.RATING), question("r2", QuestionType.RATING),
			question("r3", QuestionType.RATING), question("r4", QuestionType.RATING),
			question("r5", QuestionType.RATING), question("sex", QuestionType.SINGLE_CHOICE, "male", "female"),
			question("comment", QuestionType.TEXT), question("visited", QuestionType.DATE));

	@Test
	void speedersFinishUnderHalfTheMedian() {
		// durations 4, 10, 12, 14, 16 minutes: median 12, threshold 6
		List<Respondent> sample = List.of(timed(1, 10, null, pairs("r1=1")), timed(2, 12, null, pairs("r1=2")),
				timed(3, 14, null, pairs("r1=3")), timed(4, 16, null, pairs("r1=4")), timed(5, 4, null, pairs("r1=5")),
				new Respondent(6, null, null, pairs("r1=1"), null, null));

		QualityReport report = QualityCheck.run(sample, FORM);

		assertThat(report.medianDuration()).isEqualTo(Duration.ofMinutes(12));
		assertThat(report.speederThreshold()).isEqualTo(Duration.ofMinutes(6));
		assertThat(report.flagged()).extracting(QualityReport.ResponseQuality::id).containsExactly(5L);
		assertThat(report.response(5).flags()).containsExactly(QualityFlag.SPEEDER);
	}

	@Test
	void aStricterFractionFlagsFewer() {
		List<Respondent> sample = List.of(timed(1, 10, null, pairs()), timed(2, 20, null, pairs()),
				timed(3, 5, null, pairs()), timed(4, 30, null, pairs()));

		// median (10 + 20) / 2 = 15: half is 7.5 (5 is a speeder), a quarter 3.75 (none)
		assertThat(QualityCheck.run(sample, FORM).count(QualityFlag.SPEEDER)).isEqualTo(1);
		assertThat(QualityCheck.run(sample, FORM, new QualityOptions(0.25, 5, 3)).count(QualityFlag.SPEEDER))
			.isZero();
	}

	@Test
	void duplicatesAreFlaggedInPairsIgnoringFreeTextAndTimings() {
		List<Respondent> sample = List.of(
				timed(1, 10, "a", pairs("r1=1", "r2=2", "r3=3", "sex=male", "comment=fine", "visited=2026-01-02")),
				timed(2, 14, "a", pairs("r1=1", "r2=2", "r3=3", "sex=male", "comment=other", "visited=2026-01-03")),
				timed(3, 10, "b", pairs("r1=1", "r2=2", "r3=3", "sex=female")),
				timed(4, 10, "b", pairs("r1=1", "sex=male")), timed(5, 10, "b", pairs("r1=1", "sex=male")));

		QualityReport report = QualityCheck.run(sample, FORM);

		assertThat(report.response(1).duplicateOf()).containsExactly(2L);
		assertThat(report.response(2).duplicateOf()).containsExactly(1L);
		assertThat(report.response(2).flags()).contains(QualityFlag.DUPLICATE);
		assertThat(report.response(3).flagged()).isFalse();
		// two answers only: too few to call them duplicates
		assertThat(report.response(4).flagged()).isFalse();
	}

	@Test
	void straightLinersGiveOneAnswerToFiveQuestionsOfOneScale() {
		List<Respondent> sample = List.of(timed(1, 10, null, pairs("r1=3", "r2=3", "r3=3", "r4=3", "r5=3")),
				timed(2, 10, null, pairs("r1=3", "r2=3", "r3=3", "r4=3", "r5=4")),
				timed(3, 10, null, pairs("r1=3", "r2=3", "r3=3", "r4=3")));

		QualityReport report = QualityCheck.run(sample, FORM);

		assertThat(report.response(1).flags()).containsExactly(QualityFlag.STRAIGHT_LINER);
		assertThat(report.response(1).straightLined()).containsExactly("r1", "r2", "r3", "r4", "r5");
		assertThat(report.response(2).flagged()).isFalse();
		assertThat(report.response(3).flagged()).isFalse();
		assertThat(QualityCheck.run(sample, FORM, new QualityOptions(0.5, 4, 3)).response(3).flags())
			.containsExactly(QualityFlag.STRAIGHT_LINER);
	}

	@Test
	void eachEnumeratorHasResponsesMedianDurationAndShareOfEachFlag() {
		List<Respondent> sample = List.of(timed(1, 10, "salma", pairs("r1=1")), timed(2, 12, "salma", pairs("r1=2")),
				timed(3, 2, "salma", pairs("r1=3")), timed(4, 14, "omar", pairs("r1=4")),
				timed(5, 16, "omar", pairs("r1=5")), timed(6, 11, null, pairs("r1=1")));

		QualityReport report = QualityCheck.run(sample, FORM);

		assertThat(report.enumerators()).extracting(QualityReport.EnumeratorQuality::enumerator)
			.containsExactly("omar", "salma");
		QualityReport.EnumeratorQuality salma = report.enumerators().get(1);
		assertThat(salma.responses()).isEqualTo(3);
		assertThat(salma.medianDuration()).isEqualTo(Duration.ofMinutes(10));
		assertThat(salma.speederShare()).isEqualTo(1.0 / 3);
		assertThat(salma.duplicateShare()).isZero();
		assertThat(salma.flaggedShare()).isEqualTo(1.0 / 3);
		assertThat(report.enumerators().get(0).speederShare()).isZero();
	}
}
