package ps.rasd.forms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import ps.rasd.forms.expression.Expression;
import ps.rasd.forms.expression.ExpressionException;

/** The rules a form definition must meet before it can be published. */
final class DefinitionRules {

	static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

	/** Choice values may also be codes that start with a digit, as in XLSForm (e.g. PCBS governorate codes). */
	static final Pattern CHOICE_VALUE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");

	private DefinitionRules() {
	}

	static List<FormProblem> problems(FormDefinition form) {
		List<FormProblem> problems = new ArrayList<>();
		if (form.sections().isEmpty() || form.questions().findAny().isEmpty()) {
			problems.add(FormProblem.of("form", "forms.problem.empty"));
		}
		Set<String> names = new HashSet<>();
		Set<String> sectionNames = new HashSet<>();
		for (Section section : form.sections()) {
			if (section.name() == null || !NAME.matcher(section.name()).matches() || !sectionNames.add(section.name())) {
				problems.add(FormProblem.of(String.valueOf(section.name()), "forms.problem.section-name"));
			}
			for (Question q : section.questions()) {
				if (q.name() == null || !NAME.matcher(q.name()).matches()) {
					problems.add(FormProblem.of(String.valueOf(q.name()), "forms.problem.name"));
				}
				else if (!names.add(q.name())) {
					problems.add(FormProblem.of(q.name(), "forms.problem.duplicate-name"));
				}
			}
		}
		Set<String> indicators = form.indicators().stream().map(IndicatorWeight::code).collect(Collectors.toSet());
		form.indicators().stream().filter(i -> !(i.weight() > 0))
			.forEach(i -> problems.add(FormProblem.of(i.code(), "forms.problem.weight")));
		form.questions().forEach(q -> questionProblems(q, names, indicators, problems));
		return problems;
	}

	private static void questionProblems(Question q, Set<String> names, Set<String> indicators,
			List<FormProblem> problems) {
		String where = String.valueOf(q.name());
		if (q.type() == null || q.label() == null) {
			problems.add(FormProblem.of(where, "forms.problem.incomplete"));
			return;
		}
		if (q.type().hasChoices()) {
			Set<String> values = new HashSet<>();
			if (q.choices().size() < 2) {
				problems.add(FormProblem.of(where, "forms.problem.choices"));
			}
			q.choices().stream().filter(c -> c.value() == null || !CHOICE_VALUE.matcher(c.value()).matches()
					|| !values.add(c.value()))
				.forEach(c -> problems.add(FormProblem.of(where, "forms.problem.choice-value", c.value())));
		}
		expression(q.relevant(), where, names, problems);
		Constraint c = q.constraint();
		expression(c.expression(), where, names, problems);
		if (c.min() != null && c.max() != null && c.min().compareTo(c.max()) > 0) {
			problems.add(FormProblem.of(where, "forms.problem.min-max"));
		}
		if (c.pattern() != null) {
			try {
				Pattern.compile(c.pattern());
			}
			catch (PatternSyntaxException ex) {
				problems.add(FormProblem.of(where, "forms.problem.pattern"));
			}
		}
		if (q.scoring() != null) {
			if (!q.type().scorable()) {
				problems.add(FormProblem.of(where, "forms.problem.not-scorable"));
			}
			else if (!indicators.contains(q.scoring().indicator())) {
				problems.add(FormProblem.of(where, "forms.problem.unknown-indicator", q.scoring().indicator()));
			}
			if (q.scoring().points() != null) {
				q.scoring().points().values().stream().filter(p -> p == null || p < 0 || p > 100).findAny()
					.ifPresent(p -> problems.add(FormProblem.of(where, "forms.problem.points")));
			}
		}
	}

	private static void expression(String text, String where, Set<String> names, List<FormProblem> problems) {
		if (text == null || text.isBlank()) {
			return;
		}
		try {
			Expression parsed = Expression.parse(text);
			parsed.references().stream().filter(r -> !names.contains(r))
				.forEach(r -> problems.add(FormProblem.of(where, "forms.problem.unknown-reference", r)));
		}
		catch (ExpressionException ex) {
			problems.add(FormProblem.of(where, "forms.problem.expression", text, ex.position() + 1));
		}
	}
}
