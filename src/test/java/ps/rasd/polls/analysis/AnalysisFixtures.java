package ps.rasd.polls.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import ps.rasd.forms.Choice;
import ps.rasd.forms.FormDefinition;
import ps.rasd.forms.Question;
import ps.rasd.forms.QuestionType;
import ps.rasd.forms.Section;
import ps.rasd.shared.InvalidInputException;
import ps.rasd.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Respondents, questions and target tables for the analysis tests. */
final class AnalysisFixtures {

	private AnalysisFixtures() {
	}

	static LocalizedText text(String ar, String en) {
		return new LocalizedText(ar, en);
	}

	/** A respondent with weighting variables given as {@code code=value} pairs. */
	static Respondent respondent(long id, String... variables) {
		return new Respondent(id, null, pairs(variables), Map.of(), null, null);
	}

	/** A respondent with answers given as {@code name=value} pairs. */
	static Respondent answering(long id, String... answers) {
		return new Respondent(id, null, Map.of(), pairs(answers), null, null);
	}

	static Map<String, String> pairs(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (String pair : pairs) {
			String[] parts = pair.split("=", 2);
			map.put(parts[0], parts[1]);
		}
		return map;
	}

	/** {@code count} copies of a respondent, numbered from {@code firstId}. */
	static List<Respondent> times(int count, long firstId, String... variables) {
		List<Respondent> list = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			list.add(respondent(firstId + i, variables));
		}
		return list;
	}

	/** A counts table of a variable: {@code category=value} pairs. */
	static PopulationTargetTable counts(String variable, String... rows) {
		return table(variable, PopulationTargetTable.Kind.COUNTS, rows);
	}

	static PopulationTargetTable table(String variable, PopulationTargetTable.Kind kind, String... rows) {
		List<PopulationTargetTable.Row> list = Arrays.stream(rows).map(r -> r.split("=", 2))
			.map(p -> new PopulationTargetTable.Row(p[0], text("فئة " + p[0], "Category " + p[0]), Double.parseDouble(p[1]))).toList();
		return new PopulationTargetTable(variable, text(variable, variable), "test", 2017, list, kind);
	}

	static Question question(String name, QuestionType type, String... choices) {
		List<Choice> list = Arrays.stream(choices).map(c -> new Choice(c, text("خيار " + c, "Choice " + c))).toList();
		return new Question(name, type, text("سؤال " + name, "Question " + name), null, false, list, null, null, null);
	}

	static FormDefinition form(Question... questions) {
		return new FormDefinition(text("استمارة", "Form"), List.of(),
				List.of(new Section("main", text("القسم", "Section"), List.of(questions))));
	}

	static Respondent timed(long id, int minutes, String enumerator, Map<String, String> answers) {
		return new Respondent(id, null, Map.of(), answers, Duration.ofMinutes(minutes), enumerator);
	}

	/** Asserts the failure code and its arguments. */
	static void failsWith(ThrowingCallable call, String code, Object... arguments) {
		assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
			org.assertj.core.api.Assertions.assertThat(ex.code()).isEqualTo(code);
			org.assertj.core.api.Assertions.assertThat(ex.arguments()).containsExactly(arguments);
		});
	}
}
