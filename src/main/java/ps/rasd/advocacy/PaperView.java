package ps.rasd.advocacy;

import java.time.Instant;

/**
 * A paper of a campaign.
 *
 * @param id the record
 * @param campaignId its campaign
 * @param kind what it is
 * @param language its language
 * @param title its title
 * @param body its text (headings, paragraphs, {@code [n]} citations)
 * @param updatedAt when it was last saved
 * @param version the version to send back with a change
 */
public record PaperView(long id, long campaignId, PaperKind kind, String language, String title, String body,
		Instant updatedAt, long version) {

	/** The draft it was saved from. */
	public PaperDraft draft() {
		return new PaperDraft(kind, language, title, body);
	}
}
