package ps.rasd.media;

/**
 * A person of the network in a production's team, as a page shows them.
 *
 * @param personId the person record, {@code null} on public pages
 * @param name the name, {@code null} when the reader may not see it
 * @param role what they did, e.g. {@code إخراج}
 * @param published whether the person agreed to have their name published
 */
public record TeamMember(Long personId, String name, String role, boolean published) {
}
