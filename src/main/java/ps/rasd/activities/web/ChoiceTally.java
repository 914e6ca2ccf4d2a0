package ps.rasd.activities.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ps.rasd.activities.SurveyCounts;
import ps.rasd.forms.FormDefinition;
import ps.rasd.forms.Question;
import ps.rasd.shared.LocalizedText;

/** How often each answer of a question with choices was given, labelled as the form labels them. */
record ChoiceTally(LocalizedText question, List<Answer> answers) {

	record Answer(LocalizedText label, String value, long count) {
	}

	static List<ChoiceTally> of(SurveyCounts counts, FormDefinition form) {
		List<ChoiceTally> out = new ArrayList<>();
		for (Map.Entry<String, Map<String, Long>> q : counts.choices().entrySet()) {
			Question question = form.question(q.getKey()).orElse(null);
			if (question == null) {
				continue;
			}
			List<Answer> answers = q.getValue().entrySet().stream()
				.map(a -> new Answer(question.type().hasChoices() ? question.choiceLabel(a.getKey()) : null, a.getKey(),
						a.getValue()))
				.toList();
			out.add(new ChoiceTally(question.label(), answers));
		}
		return out;
	}
}
