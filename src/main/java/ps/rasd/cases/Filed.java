package ps.rasd.cases;

/**
 * A case just filed, with the secret of its tracking link (shown once to the reporter, stored only hashed).
 *
 * @param summary the case
 * @param trackingToken the token of the tracking link, {@code null} when the same request came twice
 */
public record Filed(CaseSummary summary, String trackingToken) {
}
