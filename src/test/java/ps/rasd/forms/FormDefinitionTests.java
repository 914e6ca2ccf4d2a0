package ps.rasd.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

import ps.rasd.shared.DomainException;
import ps.rasd.shared.LocalizedText;

class FormDefinitionTests {

	static FormDefinition healthCentre() {
		return load("health-centre");
	}

	static FormDefinition load(String name) {
		try {
			return FormJson.read(new ClassPathResource("data/demo/forms/" + name + ".json")
				.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Map<String, String> goodVisit() {
		Map<String, String> answers = new HashMap<>();
		answers.put("visit_date", "2026-11-20");
		answers.put("arrival_time", "8:05");
		answers.put("open_on_arrival", "yes");
		answers.put("wait_minutes", "٢٥");
		answers.put("queue_system", "no");
		answers.put("essential_medicines", "most");
		answers.put("missing_medicines", "insulin, asthma");
		answers.put("cleanliness_rating", "4");
		answers.put("toilets_working", "yes");
		answers.put("staff_attitude", "5");
		answers.put("doctor_present", "yes");
		answers.put("ramp", "no");
		answers.put("accessible_toilet", "na");
		return answers;
	}

	@Test
	void theDemoScorecardsArePublishable() {
		assertThat(healthCentre().problems()).isEmpty();
		assertThat(load("school").problems()).isEmpty();
	}

	@Test
	void aCompleteVisitPassesAndIsNormalized() {
		FormCheck check = healthCentre().check(goodVisit(), true);
		assertThat(check.errors()).isEmpty();
		assertThat(check.answers()).containsEntry("wait_minutes", "25").containsEntry("arrival_time", "08:05")
			.containsEntry("missing_medicines", "insulin asthma");
	}

	@Test
	void aQuestionThatIsNotRelevantIsNeitherAskedNorKept() {
		Map<String, String> answers = goodVisit();
		answers.put("essential_medicines", "all");
		answers.put("closed_reason", "typed before changing the answer");
		FormCheck check = healthCentre().check(answers, true);
		assertThat(check.relevant()).doesNotContain("missing_medicines", "closed_reason");
		assertThat(check.answers()).doesNotContainKeys("missing_medicines", "closed_reason");
		assertThat(check.valid()).isTrue();
	}

	@Test
	void requiredQuestionsMustBeAnsweredOnlyWhenSubmittingAndOnlyWhenRelevant() {
		Map<String, String> answers = goodVisit();
		answers.remove("wait_minutes");
		answers.remove("missing_medicines");
		assertThat(healthCentre().check(answers, false).valid()).isTrue();
		FormCheck submitted = healthCentre().check(answers, true);
		assertThat(submitted.errors()).containsOnlyKeys("wait_minutes", "missing_medicines");
		assertThat(submitted.errors().get("wait_minutes").code()).isEqualTo("forms.answer.required");
		answers.put("essential_medicines", "all");
		assertThat(healthCentre().check(answers, true).errors()).containsOnlyKeys("wait_minutes");
	}

	@ParameterizedTest(name = "{0} = {1} gives {2}")
	@CsvSource(delimiter = '|', value = {
			"wait_minutes        | 700        | forms.answer.too-large",
			"wait_minutes        | -3         | forms.answer.too-small",
			"wait_minutes        | 12.5       | forms.answer.integer",
			"wait_minutes        | ربع ساعة   | forms.answer.integer",
			"essential_medicines | plenty     | forms.answer.choice",
			"missing_medicines   | insulin x  | forms.answer.choice",
			"cleanliness_rating  | 6          | forms.answer.rating",
			"doctor_present      | maybe      | forms.answer.yes-no",
			"visit_date          | 2026-02-30 | forms.answer.date",
			"arrival_time        | 25:00      | forms.answer.time",
			"location            | 95 35      | forms.answer.geopoint",
			"patients_waiting    | 501        | forms.answer.too-large" })
	void refusesInvalidAnswersAndKeepsWhatWasTyped(String question, String value, String code) {
		Map<String, String> answers = goodVisit();
		answers.put(question, value);
		FormCheck check = healthCentre().check(answers, false);
		assertThat(check.errors()).containsOnlyKeys(question);
		assertThat(check.errors().get(question).code()).isEqualTo(code);
		assertThat(check.answers()).containsKey(question);
	}

	@Test
	void aConstraintFailureCarriesTheFormsOwnMessage() {
		Map<String, String> answers = goodVisit();
		answers.put("wait_minutes", "900");
		AnswerError error = healthCentre().check(answers, false).errors().get("wait_minutes");
		assertThat(error.message().ar()).isEqualTo("أدخل عدد دقائق بين 0 و600.");
		assertThat(error.arguments()).containsExactly("600");
	}

	@Test
	void acceptsDayFirstDatesAndArabicIndicDigitsEverywhere() {
		Map<String, String> answers = goodVisit();
		answers.put("visit_date", "٢٠/١١/٢٠٢٦");
		answers.put("location", "٣١٫٥٣ ٣٥٫٠٩");
		FormCheck check = healthCentre().check(answers, true);
		assertThat(check.errors()).isEmpty();
		assertThat(check.answers()).containsEntry("visit_date", "2026-11-20").containsEntry("location", "31.53 35.09");
	}

	@Test
	void scoresEachIndicatorAndTheWeightedOverall() {
		FormDefinition form = healthCentre();
		ScoreCard card = form.score(form.check(goodVisit(), true).answers());
		// waiting: 25 min -> 75, no queue system -> 0: 37.5; medicines: most -> 70; cleanliness: 4 -> 75, toilets
		// yes -> 100: 87.5; staff: 5 -> 100, doctor yes -> 100; access: ramp no -> 0, toilet n.a. not scored: 0;
		// hours: open -> 100
		assertThat(card.indicators()).containsExactly(Map.entry("HEALTH_WAITING", 37.5),
				Map.entry("HEALTH_MEDICINES", 70.0), Map.entry("HEALTH_CLEANLINESS", 87.5),
				Map.entry("HEALTH_STAFF", 100.0), Map.entry("HEALTH_ACCESS", 0.0), Map.entry("HEALTH_HOURS", 100.0));
		double expected = (2 * 37.5 + 3 * 70 + 2 * 87.5 + 2 * 100 + 2 * 0 + 1 * 100) / 12.0;
		assertThat(card.overall()).isEqualTo(Math.round(expected * 10) / 10.0);
	}

	@Test
	void anIndicatorWithNothingScoredIsLeftOutOfTheOverall() {
		FormDefinition form = healthCentre();
		Map<String, String> answers = goodVisit();
		answers.put("ramp", "na");
		ScoreCard card = form.score(form.check(answers, true).answers());
		assertThat(card.indicators()).doesNotContainKey("HEALTH_ACCESS");
		assertThat(card.overall()).isEqualTo(Math.round((2 * 37.5 + 3 * 70 + 2 * 87.5 + 2 * 100 + 100) / 10.0 * 10)
				/ 10.0);
	}

	@Test
	void multipleChoicePointsAddUpToAtMostAHundred() {
		Question q = new Question("services", QuestionType.MULTIPLE_CHOICE, text("الخدمات"), null, false,
				List.of(new Choice("a", text("أ")), new Choice("b", text("ب")), new Choice("c", text("ج"))),
				null, null, new Scoring("X", Map.of("a", 60.0, "b", 60.0), null));
		assertThat(Scorer.points(q, "a")).isEqualTo(60.0);
		assertThat(Scorer.points(q, "a b")).isEqualTo(100.0);
		assertThat(Scorer.points(q, "c")).isEqualTo(0.0);
	}

	@Test
	void theSameAnswersAlwaysGiveTheSameScore() {
		FormDefinition stored = FormJson.read(FormJson.write(healthCentre()));
		assertThat(stored).isEqualTo(healthCentre());
		assertThat(stored.score(stored.check(goodVisit(), true).answers()))
			.isEqualTo(healthCentre().score(healthCentre().check(goodVisit(), true).answers()));
	}

	@Test
	void findsWhatKeepsAFormFromBeingPublished() {
		Question broken = new Question("q2", QuestionType.TEXT, text("س٢"), null, false, null, null,
				"${q1} = 'yes' and", null);
		Question unknown = new Question("q3", QuestionType.TEXT, text("س٣"), null, false, null, null,
				"${nowhere} = 'x'", null);
		Question duplicate = new Question("q1", QuestionType.YES_NO_NA, text("مكرر"), null, false, null, null, null,
				null);
		Question oneChoice = new Question("q4", QuestionType.SINGLE_CHOICE, text("س٤"), null, false,
				List.of(new Choice("only", text("وحيد"))), null, null, null);
		Question badRange = new Question("q5", QuestionType.INTEGER, text("س٥"), null, false, null,
				new Constraint(BigDecimal.TEN, BigDecimal.ONE, null, null, null, null, null), null,
				new Scoring("NOT_IN_FORM", null, null));
		Question q1 = new Question("q1", QuestionType.YES_NO_NA, text("س١"), null, false, null, null, null, null);
		FormDefinition form = new FormDefinition(text("نموذج"), List.of(),
				List.of(new Section("main", text("رئيسي"), List.of(q1, broken, unknown, duplicate, oneChoice, badRange))));
		assertThat(form.problems()).extracting(FormProblem::where, FormProblem::code).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple("q1", "forms.problem.duplicate-name"),
				org.assertj.core.groups.Tuple.tuple("q2", "forms.problem.expression"),
				org.assertj.core.groups.Tuple.tuple("q3", "forms.problem.unknown-reference"),
				org.assertj.core.groups.Tuple.tuple("q4", "forms.problem.choices"),
				org.assertj.core.groups.Tuple.tuple("q5", "forms.problem.min-max"),
				org.assertj.core.groups.Tuple.tuple("q5", "forms.problem.unknown-indicator"));
	}

	@Test
	void choiceValuesMayBeCodesThatStartWithADigitButNotHoldSpaces() {
		Question codes = new Question("governorate", QuestionType.SINGLE_CHOICE, text("المحافظة"), null, true,
				List.of(new Choice("01", text("جنين")), new Choice("50", text("الخليل"))), null, null, null);
		Question spaced = new Question("q", QuestionType.MULTIPLE_CHOICE, text("س"), null, false,
				List.of(new Choice("a b", text("أ")), new Choice("c", text("ج"))), null, null, null);
		FormDefinition form = new FormDefinition(text("استطلاع"), List.of(),
				List.of(new Section("main", text("رئيسي"), List.of(codes, spaced))));
		assertThat(form.problems()).extracting(FormProblem::where, FormProblem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("q", "forms.problem.choice-value"));
		assertThat(form.check(java.util.Map.of("governorate", "٥٠"), true).answers()).containsEntry("governorate", "50");
	}

	@Test
	void refusesJsonThatIsNotADefinition() {
		assertThatThrownBy(() -> FormJson.read("{\"title\": {\"ar\": \"x\"}, \"sectionz\": []}"))
			.isInstanceOf(DomainException.class).hasMessage("forms.json.invalid");
		assertThatThrownBy(() -> FormJson.read("{not json")).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> FormJson.read("{\"title\": {\"ar\": \" \"}}")).isInstanceOf(DomainException.class);
	}

	private static LocalizedText text(String ar) {
		return new LocalizedText(ar, null);
	}
}
