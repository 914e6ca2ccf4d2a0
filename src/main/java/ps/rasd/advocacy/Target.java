package ps.rasd.advocacy;

/**
 * A target of a campaign, with the name its reader may see.
 *
 * @param id the record
 * @param kind what it is
 * @param ref the id or code of the record it names
 * @param label its name, or {@code null} when the reader may not see it (a person who did not agree to be public)
 * @param url its page, or {@code null}
 */
public record Target(long id, TargetKind kind, String ref, String label, String url) {
}
