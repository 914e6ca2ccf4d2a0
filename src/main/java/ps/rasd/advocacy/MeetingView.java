package ps.rasd.advocacy;

import java.time.Instant;
import java.util.List;

/**
 * A meeting with decision makers.
 *
 * @param id the record
 * @param campaignId its campaign
 * @param heldAt when
 * @param place where
 * @param authorityId the body met, or {@code null}
 * @param people the decision makers met (network person ids)
 * @param delegation who went for the coalition
 * @param asks the asks raised
 * @param evidence the numbers of the citations shown
 * @param minutes the minutes
 */
public record MeetingView(long id, long campaignId, Instant heldAt, String place, Long authorityId, List<Long> people,
		String delegation, String asks, List<Integer> evidence, String minutes) {
}
