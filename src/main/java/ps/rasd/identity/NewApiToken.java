package ps.rasd.identity;

/**
 * A token just made: the secret is shown this once and never stored.
 *
 * @param summary the token as listed
 * @param secret the token to send as {@code Authorization: Bearer <secret>}
 */
public record NewApiToken(ApiTokenSummary summary, String secret) {
}
