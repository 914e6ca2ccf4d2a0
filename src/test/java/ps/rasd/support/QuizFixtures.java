package ps.rasd.support;

import java.util.Map;

import ps.rasd.forms.FormSummary;
import ps.rasd.forms.FormsManagement;

/** A short scored quiz, published: a training's test, or a feedback survey with choices to count. */
public final class QuizFixtures {

	private static final String QUIZ = """
			{"title": {"ar": "اختبار منهجية الرقابة", "en": "Monitoring methodology quiz"},
			 "indicators": [{"code": "HEALTH_STAFF", "name": {"ar": "المعرفة", "en": "Knowledge"}, "weight": 1,
			   "higherIsBetter": true}],
			 "sections": [{"name": "quiz", "title": {"ar": "الأسئلة", "en": "Questions"}, "questions": [
			   {"name": "sample", "type": "SINGLE_CHOICE", "label": {"ar": "كيف تُختار العينة؟", "en": "How is the sample chosen?"},
			    "required": true, "choices": [{"value": "random", "label": {"ar": "عشوائيًا", "en": "At random"}},
			      {"value": "nearest", "label": {"ar": "الأقرب", "en": "The nearest"}}],
			    "scoring": {"indicator": "HEALTH_STAFF", "points": {"random": 100, "nearest": 0}}},
			   {"name": "evidence", "type": "YES_NO_NA", "label": {"ar": "هل تُرفق صورة بكل ملاحظة؟", "en": "Is every finding photographed?"},
			    "required": true, "scoring": {"indicator": "HEALTH_STAFF", "points": {"yes": 100, "no": 0}}}]}]}
			""";

	private QuizFixtures() {
	}

	/** The quiz, published. */
	public static FormSummary publishedQuiz(FormsManagement forms) {
		FormSummary form = forms.importJson("quiz-" + System.nanoTime(), "HEALTH", QUIZ, Principals.admin());
		forms.publish(form.id(), Principals.admin());
		return forms.form(form.id());
	}

	/** Every answer right (score 100). */
	public static Map<String, String> right() {
		return Map.of("sample", "random", "evidence", "yes");
	}

	/** Half right (score 50). */
	public static Map<String, String> half() {
		return Map.of("sample", "nearest", "evidence", "yes");
	}
}
