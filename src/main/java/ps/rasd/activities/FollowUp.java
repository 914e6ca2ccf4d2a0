package ps.rasd.activities;

import java.util.List;

/**
 * What follows an activity: the feedback form, whether the attendees consented to photos being published, the
 * follow-up actions and the photos (ids of files of the {@code evidence} module, metadata stripped).
 *
 * @param activityId the activity
 * @param feedbackFormId the form of the feedback survey, or {@code null}
 * @param photoConsent whether the attendees agreed that photos of the activity are shown on its public report
 * @param actions follow-up actions, by due day
 * @param photoIds the photos, oldest first
 */
public record FollowUp(long activityId, Long feedbackFormId, boolean photoConsent, List<FollowUpAction> actions,
		List<Long> photoIds) {
}
