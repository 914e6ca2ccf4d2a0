package ps.rasd.activities;

import java.time.Instant;

/**
 * What the public verification page says of a certificate code: valid or not, and for a valid one the activity,
 * its dates and hours, never the holder's name (the verifier may type the name to have it compared).
 *
 * @param valid whether the code is of a certificate issued, not revoked and not expired
 * @param activity the activity, or {@code null} when not valid
 * @param hours the hours attended
 * @param issuedAt when it was issued
 * @param nameMatches whether the name typed is the holder's (spelling aside), {@code null} when none was typed
 */
public record CertificateCheck(boolean valid, ActivitySummary activity, double hours, Instant issuedAt,
		Boolean nameMatches) {

	/** The answer for a forged, revoked or expired code. */
	public static final CertificateCheck NOT_VALID = new CertificateCheck(false, null, 0, null, null);
}
