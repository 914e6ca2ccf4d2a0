package ps.rasd.media;

import ps.rasd.shared.spi.NewsletterSource;

/** What a block of a newsletter issue shows. */
public enum BlockKind {

	/** A text the editor writes (safe HTML). */
	TEXT(null),

	/** The latest published news posts, as of sending. */
	NEWS(null),

	/** The latest publications of the library, as of sending. */
	PUBLICATIONS(null),

	/** The latest published findings ({@code cases}), as of sending. */
	FINDINGS(NewsletterSource.FINDINGS),

	/** The latest published poll result, as a card with its headline figure ({@code polls}). */
	POLL(NewsletterSource.POLL),

	/** The activities coming next ({@code activities}). */
	ACTIVITIES(NewsletterSource.ACTIVITIES),

	/** The latest news of campaigns ({@code advocacy}). */
	CAMPAIGN(NewsletterSource.CAMPAIGN);

	private final String source;

	BlockKind(String source) {
		this.source = source;
	}

	/** The {@link NewsletterSource#block()} that fills it, or {@code null} for the media module's own. */
	public String source() {
		return source;
	}

	/** How many records a list block shows. */
	public int limit() {
		return this == POLL ? 1 : 5;
	}
}
