package ps.rasd.polls.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static ps.rasd.polls.analysis.AnalysisFixtures.answering;
import static ps.rasd.polls.analysis.AnalysisFixtures.failsWith;
import static ps.rasd.polls.analysis.AnalysisFixtures.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ps.rasd.forms.QuestionType;

class EstimatesTests {

	static final Variable TRUST = Variable.of(question("trust", QuestionType.YES_NO_NA));

	@Test
	void yesNoSharesWithTheirStandardErrorsOnASimpleRandomSample() {
		List<Respondent> sample = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			sample.add(answering(i, "trust=" + (i <= 6 ? "yes" : i <= 9 ? "no" : "na")));
		}
		QuestionEstimates result = Estimates.of(WeightedResponses.unweighted(sample), TRUST);

		CategoryEstimate yes = result.category("yes");
		assertThat(yes.share()).isCloseTo(0.6, within(1e-12));
		assertThat(yes.count()).isEqualTo(6);
		// equal weights: variance p (1 - p) / (n - 1) = 0.24 / 9
		assertThat(yes.standardError()).isCloseTo(Math.sqrt(0.24 / 9), within(1e-12));
		assertThat(yes.marginOfError()).isCloseTo(1.959964 * Math.sqrt(0.24 / 9), within(1e-6));
		assertThat(yes.designEffect()).isCloseTo(1, within(1e-12));
		assertThat(yes.lower()).isLessThan(0.6);
		assertThat(yes.upper()).isGreaterThan(0.6);
		assertThat(result.category("na").share()).isCloseTo(0.1, within(1e-12));
		assertThat(result.category("no").category().labelCode()).isEqualTo("polls.answer.no");
		assertThat(result.base()).isEqualTo(10);
		assertThat(result.missing()).isZero();
		assertThat(result.effectiveBase()).isCloseTo(10, within(1e-12));
		assertThat(result.smallBase()).isTrue();
		assertThat(result.publishable()).isFalse();
	}

	@Test
	void respondentsWhoDidNotAnswerAreLeftOutOfTheBase() {
		List<Respondent> sample = List.of(answering(1, "trust=yes"), answering(2, "trust=no"), answering(3),
				answering(4, "trust=yes"));

		QuestionEstimates result = Estimates.of(WeightedResponses.unweighted(sample), TRUST);

		assertThat(result.base()).isEqualTo(3);
		assertThat(result.missing()).isEqualTo(1);
		assertThat(result.weightedBase()).isEqualTo(3);
		assertThat(result.category("yes").share()).isCloseTo(2.0 / 3, within(1e-12));
	}

	@Test
	void weightsCountInSharesAndMeans() {
		List<Respondent> sample = List.of(answering(1, "trust=yes", "children=1"),
				answering(2, "trust=no", "children=2"), answering(3, "trust=yes", "children=3"));
		WeightedResponses weighted = WeightedResponses.of(sample, Map.of(1L, 1.0, 2L, 1.0, 3L, 2.0));

		assertThat(Estimates.of(weighted, TRUST).category("yes").share()).isCloseTo(0.75, within(1e-12));
		QuestionEstimates children = Estimates.of(weighted,
				Variable.of(question("children", QuestionType.INTEGER)));
		assertThat(children.mean().estimate()).isCloseTo(2.25, within(1e-12));
		assertThat(children.categories()).isEmpty();
		assertThat(children.weightedBase()).isEqualTo(4);
		// Kish: 3 x 6 / 16
		assertThat(children.designEffect()).isCloseTo(18.0 / 16, within(1e-12));
	}

	@Test
	void ratingsGiveBothSharesAndAMean() {
		List<Respondent> sample = List.of(answering(1, "service=4"), answering(2, "service=5"),
				answering(3, "service=4"));

		QuestionEstimates result = Estimates.of(WeightedResponses.unweighted(sample),
				Variable.of(question("service", QuestionType.RATING)));

		assertThat(result.categories()).hasSize(5);
		assertThat(result.category("4").share()).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(result.category("1").share()).isZero();
		assertThat(result.mean().estimate()).isCloseTo(13.0 / 3, within(1e-12));
	}

	@Test
	void multipleChoiceGivesEachOptionAmongThoseWhoAnswered() {
		List<Respondent> sample = List.of(answering(1, "media=tv radio"), answering(2, "media=tv"),
				answering(3, "media=web"), answering(4));

		QuestionEstimates result = Estimates.of(WeightedResponses.unweighted(sample),
				Variable.of(question("media", QuestionType.MULTIPLE_CHOICE, "tv", "radio", "web")));

		assertThat(result.base()).isEqualTo(3);
		assertThat(result.missing()).isEqualTo(1);
		assertThat(result.category("tv").share()).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(result.category("radio").share()).isCloseTo(1.0 / 3, within(1e-12));
		assertThat(result.category("web").count()).isEqualTo(1);
		assertThat(result.category("tv").category().label().en()).isEqualTo("Choice tv");
	}

	@Test
	void anEffectiveBaseOfThirtyOrMoreIsNotSmall() {
		List<Respondent> sample = new ArrayList<>();
		for (int i = 1; i <= 30; i++) {
			sample.add(answering(i, "trust=" + (i % 2 == 0 ? "yes" : "no")));
		}

		assertThat(Estimates.of(WeightedResponses.unweighted(sample), TRUST).smallBase()).isFalse();
	}

	@Test
	void aQuestionNobodyAnsweredFailsWithACode() {
		List<Respondent> sample = List.of(answering(1), answering(2, "other=x"));

		failsWith(() -> Estimates.of(WeightedResponses.unweighted(sample), TRUST), "polls.estimates.no-answers",
				"trust");
	}

	@Test
	void anAnswerOutsideTheChoicesOrATextQuestionFail() {
		failsWith(() -> Estimates.of(WeightedResponses.unweighted(List.of(answering(7, "trust=maybe"))), TRUST),
				"polls.analysis.unknown-answer", "trust", "maybe", 7L);
		failsWith(() -> Variable.of(question("why", QuestionType.TEXT)), "polls.analysis.not-analysable", "why",
				"TEXT");
	}

	@Test
	void aRespondentWithoutAWeightFails() {
		failsWith(() -> WeightedResponses.of(List.of(answering(1), answering(2)), Map.of(1L, 1.0)),
				"polls.analysis.no-weight", 2L);
	}
}
