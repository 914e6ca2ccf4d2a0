package ps.rasd.openrosa;

import java.time.Instant;

/**
 * A device (ODK Collect, KoboCollect) registered for a monitor.
 *
 * @param id the device id
 * @param accountId the monitor it acts as
 * @param label what the coordinator called it ("Samsung of Rami")
 * @param tokenPrefix the first characters of its token, to recognise it
 * @param username its user name for the Digest sign-in, {@code null} for a device registered before it existed
 * @param createdAt when it was made
 * @param lastUsedAt when it last talked to the server, may be {@code null}
 * @param revokedAt when it was revoked, {@code null} while it works
 */
public record DeviceSummary(long id, long accountId, String label, String tokenPrefix, String username,
		Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
}
