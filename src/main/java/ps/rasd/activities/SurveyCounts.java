package ps.rasd.activities;

import java.util.Map;

/**
 * The answers to a survey of an activity, counted.
 *
 * @param stage which survey
 * @param formId its form, or {@code null} when none is chosen
 * @param asked those the survey is for (attendees, or those registered for a pre-test)
 * @param answered those who answered
 * @param averageScore the average of the form's overall score, or {@code null} when it does not score
 * @param choices for each question with choices or a rating, how often each answer was given
 */
public record SurveyCounts(SurveyStage stage, Long formId, long asked, long answered, Double averageScore,
		Map<String, Map<String, Long>> choices) {
}
