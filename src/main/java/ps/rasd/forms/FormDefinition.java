package ps.rasd.forms;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import ps.rasd.shared.LocalizedText;

/**
 * What one version of a form asks: sections of questions, and the indicators it scores with their weights. Checks
 * answers ({@link #check}), scores them ({@link #score}) and finds what is wrong with itself ({@link #problems}).
 *
 * @param title the form's title
 * @param indicators the indicators the form scores, with weights
 * @param sections the sections, in order
 */
public record FormDefinition(LocalizedText title, List<IndicatorWeight> indicators, List<Section> sections) {

	public FormDefinition {
		indicators = indicators == null ? List.of() : List.copyOf(indicators);
		sections = sections == null ? List.of() : List.copyOf(sections);
	}

	/** Every question, in order. */
	public Stream<Question> questions() {
		return sections.stream().flatMap(s -> s.questions().stream());
	}

	/** The question with this name. */
	public Optional<Question> question(String name) {
		return questions().filter(q -> q.name().equals(name)).findFirst();
	}

	/** What keeps this definition from being published; empty when it can be. */
	public List<FormProblem> problems() {
		return DefinitionRules.problems(this);
	}

	/**
	 * Checks answers: drops those of questions that are not relevant, normalizes the rest and validates them.
	 * @param submitting whether required questions must be answered (a draft may leave them empty)
	 */
	public FormCheck check(Map<String, String> answers, boolean submitting) {
		return new AnswerChecker(this).check(answers, submitting);
	}

	/** Scores checked answers ({@link FormCheck#answers()}). */
	public ScoreCard score(Map<String, String> checkedAnswers) {
		return Scorer.score(this, checkedAnswers);
	}
}
