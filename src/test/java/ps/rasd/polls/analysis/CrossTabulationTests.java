package ps.rasd.polls.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static ps.rasd.polls.analysis.AnalysisFixtures.counts;
import static ps.rasd.polls.analysis.AnalysisFixtures.failsWith;
import static ps.rasd.polls.analysis.AnalysisFixtures.pairs;
import static ps.rasd.polls.analysis.AnalysisFixtures.question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ps.rasd.forms.Question;
import ps.rasd.forms.QuestionType;

class CrossTabulationTests {

	static final Variable SEX = Variable.of(counts("sex", "male=2430000", "female=2350000"));

	static final Question TRUST = question("trust", QuestionType.YES_NO_NA);

	/** Men: 20 yes, 10 no; women: 10 yes, 20 no. */
	static List<Respondent> sample() {
		List<Respondent> list = new ArrayList<>();
		long id = 1;
		for (String[] cell : new String[][] { { "male", "yes", "20" }, { "male", "no", "10" },
				{ "female", "yes", "10" }, { "female", "no", "20" } }) {
			for (int i = 0; i < Integer.parseInt(cell[2]); i++) {
				list.add(new Respondent(id++, null, pairs("sex=" + cell[0]), pairs("trust=" + cell[1]), null, null));
			}
		}
		return list;
	}

	@Test
	void equalWeightsGiveThePearsonStatisticComputedByHand() {
		CrossTabulation table = CrossTabulation.of(WeightedResponses.unweighted(sample()), SEX, Variable.of(TRUST));

		// expected 15 in each cell: X2 = 4 x 5^2 / 15 = 6.667 on 1 degree of freedom, p = 0.00982
		assertThat(table.test().pearson()).isCloseTo(20.0 / 3, within(1e-9));
		assertThat(table.test().designCorrection()).isCloseTo(1, within(1e-9));
		assertThat(table.test().raoScott()).isCloseTo(20.0 / 3, within(1e-9));
		assertThat(table.test().degreesOfFreedom()).isEqualTo(1);
		assertThat(table.test().pValue()).isCloseTo(0.009823, within(1e-6));
		assertThat(table.base()).isEqualTo(60);
		assertThat(table.columnPercent(0, 0)).isCloseTo(200.0 / 3, within(1e-9));
		assertThat(table.rowPercent(0, 1)).isCloseTo(100.0 / 3, within(1e-9));
		assertThat(table.rowCount(0)).isEqualTo(30);
		assertThat(table.rowCategories().get(0).label().en()).isEqualTo("Category male");
		assertThat(table.columnCategories().get(0).labelCode()).isEqualTo("polls.answer.yes");
	}

	@Test
	void respondentsWhoDidNotAnswerBothAreLeftOutOfTheBases() {
		List<Respondent> sample = new ArrayList<>(sample());
		sample.add(new Respondent(99, null, pairs("sex=male"), Map.of(), null, null));

		CrossTabulation table = CrossTabulation.of(WeightedResponses.unweighted(sample), SEX, Variable.of(TRUST));

		assertThat(table.base()).isEqualTo(60);
		assertThat(table.rowCount(0)).isEqualTo(30);
		assertThat(table.columnPercent(0, 0)).isCloseTo(200.0 / 3, within(1e-9));
	}

	@Test
	void weightsMoveThePercentagesAndTheWeightedBases() {
		List<Respondent> sample = sample();
		Map<Long, Double> weights = new HashMap<>();
		sample.forEach(r -> weights.put(r.id(), "male".equals(r.variable("sex")) ? 2.0 : 1.0));

		CrossTabulation table = CrossTabulation.of(WeightedResponses.of(sample, weights), SEX, Variable.of(TRUST));

		assertThat(table.weighted(0, 0)).isEqualTo(40);
		assertThat(table.count(0, 0)).isEqualTo(20);
		assertThat(table.rowBase(0)).isEqualTo(60);
		assertThat(table.columnBase(0)).isEqualTo(50);
		assertThat(table.columnCount(0)).isEqualTo(30);
		assertThat(table.columnPercent(0, 0)).isCloseTo(80, within(1e-9));
		assertThat(table.weightedBase()).isEqualTo(90);
		assertThat(table.test().raoScott()).isPositive();
	}

	@Test
	void oneOptionOfAMultipleChoiceQuestionByADemographic() {
		Question media = question("media", QuestionType.MULTIPLE_CHOICE, "tv", "web");
		List<Respondent> sample = List.of(
				new Respondent(1, null, pairs("sex=male"), pairs("media=tv web"), null, null),
				new Respondent(2, null, pairs("sex=male"), pairs("media=web"), null, null),
				new Respondent(3, null, pairs("sex=female"), pairs("media=tv"), null, null),
				new Respondent(4, null, pairs("sex=female"), Map.of(), null, null));

		CrossTabulation table = CrossTabulation.of(WeightedResponses.unweighted(sample), Variable.option(media, "tv"),
				SEX);

		assertThat(table.count(0, 0)).isEqualTo(1);
		assertThat(table.count(0, 1)).isEqualTo(1);
		assertThat(table.count(1, 0)).isEqualTo(1);
		assertThat(table.base()).isEqualTo(3);
		failsWith(() -> CrossTabulation.of(WeightedResponses.unweighted(sample), Variable.of(media), SEX),
				"polls.crosstab.not-categorical", "media");
	}

	@Test
	void nobodyAnsweringBothFails() {
		List<Respondent> sample = List.of(new Respondent(1, null, pairs("sex=male"), Map.of(), null, null));

		failsWith(() -> CrossTabulation.of(WeightedResponses.unweighted(sample), SEX, Variable.of(TRUST)),
				"polls.crosstab.no-answers", "sex", "trust");
	}
}
