package ps.rasd.forms;

import java.util.ArrayList;
import java.util.List;

import ps.rasd.shared.DomainException;
import ps.rasd.shared.LocalizedText;

/** The form builder's operations: each returns a changed copy of a definition, the original is left alone. */
public final class FormEdits {

	private FormEdits() {
	}

	/** Adds an empty section at the end. */
	public static FormDefinition addSection(FormDefinition form, String name, LocalizedText title) {
		if (form.sections().stream().anyMatch(s -> s.name().equals(name))) {
			throw new DomainException("forms.problem.section-name");
		}
		List<Section> sections = new ArrayList<>(form.sections());
		sections.add(new Section(name, title, List.of()));
		return new FormDefinition(form.title(), form.indicators(), sections);
	}

	/** Puts a question in place of the one called {@code replacing}, or at the end of the section when new. */
	public static FormDefinition saveQuestion(FormDefinition form, String section, String replacing, Question q) {
		boolean nameTaken = form.questions().anyMatch(x -> x.name().equals(q.name()) && !x.name().equals(replacing));
		if (nameTaken) {
			throw new DomainException("forms.problem.duplicate-name");
		}
		List<Section> sections = new ArrayList<>();
		boolean placed = false;
		for (Section s : form.sections()) {
			List<Question> questions = new ArrayList<>();
			for (Question existing : s.questions()) {
				if (existing.name().equals(replacing)) {
					questions.add(q);
					placed = true;
				}
				else {
					questions.add(existing);
				}
			}
			if (!placed && replacing == null && s.name().equals(section)) {
				questions.add(q);
				placed = true;
			}
			sections.add(new Section(s.name(), s.title(), questions));
		}
		if (!placed) {
			throw new DomainException("forms.builder.no-section");
		}
		return new FormDefinition(form.title(), form.indicators(), sections);
	}

	/** Moves a question up ({@code -1}) or down ({@code +1}) within its section. */
	public static FormDefinition move(FormDefinition form, String name, int delta) {
		List<Section> sections = new ArrayList<>();
		for (Section s : form.sections()) {
			List<Question> questions = new ArrayList<>(s.questions());
			for (int i = 0; i < questions.size(); i++) {
				if (questions.get(i).name().equals(name)) {
					int to = i + delta;
					if (to >= 0 && to < questions.size()) {
						questions.add(to, questions.remove(i));
					}
					break;
				}
			}
			sections.add(new Section(s.name(), s.title(), questions));
		}
		return new FormDefinition(form.title(), form.indicators(), sections);
	}

	/** Removes a question. */
	public static FormDefinition remove(FormDefinition form, String name) {
		List<Section> sections = form.sections().stream()
			.map(s -> new Section(s.name(), s.title(), s.questions().stream().filter(q -> !q.name().equals(name))
				.toList()))
			.toList();
		return new FormDefinition(form.title(), form.indicators(), sections);
	}
}
