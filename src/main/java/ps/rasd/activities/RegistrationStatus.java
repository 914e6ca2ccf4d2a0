package ps.rasd.activities;

/** A registration holds a seat ({@code CONFIRMED}), waits for one ({@code WAITING}) or was cancelled. */
public enum RegistrationStatus {
	CONFIRMED, WAITING, CANCELLED
}
