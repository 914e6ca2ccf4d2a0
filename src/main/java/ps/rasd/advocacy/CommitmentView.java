package ps.rasd.advocacy;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A commitment a decision maker made at a meeting.
 *
 * @param id the record
 * @param meetingId the meeting it was made at
 * @param campaignId the campaign
 * @param personId the decision maker (a network person), or {@code null}
 * @param authorityId the body they spoke for (a registry authority), or {@code null}
 * @param maker who made it, as written (e.g. a position: the director of the water department)
 * @param promise what was promised
 * @param dueOn by when
 * @param status whether it was kept
 * @param statusSource where the status is known from
 * @param statusAt when the status was set
 * @param overdue whether it is pending past its date
 * @param version the version to send back with a change
 */
public record CommitmentView(long id, long meetingId, long campaignId, Long personId, Long authorityId, String maker,
		String promise, LocalDate dueOn, CommitmentStatus status, String statusSource, Instant statusAt,
		boolean overdue, long version) {
}
