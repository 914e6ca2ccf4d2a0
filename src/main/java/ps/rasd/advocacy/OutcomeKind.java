package ps.rasd.advocacy;

/** What a campaign achieved. */
public enum OutcomeKind {
	INSTRUMENT_CHANGED, POLICY_ADOPTED, SERVICE_FIXED, OTHER
}
