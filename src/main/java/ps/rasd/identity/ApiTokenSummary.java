package ps.rasd.identity;

import java.time.Instant;

/**
 * A personal API token as listed (never the token itself).
 *
 * @param id the id
 * @param name what its owner called it
 * @param prefix its first characters, to recognise it
 * @param scope read or write
 * @param createdAt made at
 * @param expiresAt stops working at, may be {@code null}
 * @param lastUsedAt last used (to the minute), may be {@code null}
 * @param revokedAt revoked at, may be {@code null}
 */
public record ApiTokenSummary(long id, String name, String prefix, TokenScope scope, Instant createdAt,
		Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

	/** Whether the token still works at this instant. */
	public boolean active(Instant now) {
		return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
	}
}
