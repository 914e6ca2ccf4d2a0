package ps.rasd.network;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A meeting of the general assembly or the board, with its live quorum.
 *
 * @param id the meeting
 * @param body who meets
 * @param title its title
 * @param heldAt when
 * @param place where
 * @param closed whether it is closed (attendance no longer taken)
 * @param quorumShare the share of those who may attend that makes the quorum (the bylaws' rule)
 * @param eligible how many may attend (active members, or the board's seats), counted when convened
 * @param present how many are present now
 * @param noticeSent how many notices were queued in the mail outbox
 * @param agenda the agenda, in order
 * @param minutes the minutes' text, may be {@code null}
 * @param version the version to send back with a change
 */
public record MeetingSummary(long id, MeetingBody body, String title, Instant heldAt, String place, boolean closed,
		BigDecimal quorumShare, int eligible, long present, int noticeSent, List<String> agenda, String minutes,
		long version) {

	/** How many must be present for the quorum: the share of the eligible, rounded up (at least one). */
	public long needed() {
		return Math.max(1, quorumShare.multiply(BigDecimal.valueOf(eligible))
			.setScale(0, java.math.RoundingMode.CEILING).longValue());
	}

	/** Whether the quorum is reached. */
	public boolean quorate() {
		return present >= needed();
	}
}
