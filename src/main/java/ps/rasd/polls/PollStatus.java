package ps.rasd.polls;

/** Where a poll is: being designed, in the field (responses come in), or closed (analysis and publication). */
public enum PollStatus {

	DRAFT, FIELDWORK, CLOSED
}
