package ps.rasd.registry;

/** Whether a facility serves people. */
public enum FacilityStatus {
	OPEN, TEMPORARILY_CLOSED, CLOSED
}
