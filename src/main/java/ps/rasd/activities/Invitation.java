package ps.rasd.activities;

/**
 * An invitation as its personal link shows it: the activity and the reply, never who was invited.
 *
 * @param activityId the activity
 * @param reply {@code ACCEPTED}, {@code DECLINED} or {@code null} while unanswered
 * @param registrationToken the personal link of the registration an acceptance made, or {@code null}
 */
public record Invitation(long activityId, String reply, String registrationToken) {
}
