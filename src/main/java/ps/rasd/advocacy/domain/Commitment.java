package ps.rasd.advocacy.domain;

import java.time.Instant;
import java.time.LocalDate;

import ps.rasd.advocacy.CommitmentStatus;
import ps.rasd.advocacy.CommitmentView;
import ps.rasd.shared.InvalidInputException;

/**
 * A commitment and the rules of its status: it starts pending; kept, partly kept or broken is set only with a source
 * (a letter, a gazette, a visit, a news item); it may be set again (a correction, with its own source), or back to
 * pending. It is overdue while pending after its due day (Palestine's day).
 */
public final class Commitment {

	private final CommitmentView facts;

	public Commitment(CommitmentView facts) {
		this.facts = facts;
	}

	/** Whether it is pending past its due day. */
	public static boolean overdue(CommitmentStatus status, LocalDate dueOn, LocalDate today) {
		return status == CommitmentStatus.PENDING && dueOn.isBefore(today);
	}

	/**
	 * The commitment with its new status.
	 * @throws InvalidInputException {@code advocacy.commitment.invalid} without a source for a settled status
	 */
	public CommitmentView settle(CommitmentStatus status, String source, Instant now, LocalDate today) {
		String s = source == null ? "" : source.strip();
		if (status == null) {
			throw new InvalidInputException("advocacy.commitment.invalid",
					java.util.Map.of("status", "advocacy.required"));
		}
		if (status != CommitmentStatus.PENDING && (s.isEmpty() || s.length() > 1000)) {
			throw new InvalidInputException("advocacy.commitment.invalid",
					java.util.Map.of("source", "advocacy.source.required"));
		}
		return new CommitmentView(facts.id(), facts.meetingId(), facts.campaignId(), facts.personId(),
				facts.authorityId(), facts.maker(), facts.promise(), facts.dueOn(), status, s.isEmpty() ? null : s,
				now, overdue(status, facts.dueOn(), today), facts.version() + 1);
	}
}
