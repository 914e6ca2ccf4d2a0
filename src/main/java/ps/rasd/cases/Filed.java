package ps.rasd.cases;

/**
 * A case just filed, with the secret of its tracking link (shown once to the reporter, stored only hashed).
 *
 * @param summary the case
 * @param trackingToken the token of the tracking link, {@code null} when the same request came twice
 * @param photoProblem the message code of a photo sent with the case and refused (the case is kept), {@code null}
 * otherwise
 */
public record Filed(CaseSummary summary, String trackingToken, String photoProblem) {

	/** A case filed without a photo, or with one that was taken. */
	public Filed(CaseSummary summary, String trackingToken) {
		this(summary, trackingToken, null);
	}
}
