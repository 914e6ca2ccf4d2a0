package ps.rasd.media;

/** What a block of a newsletter issue shows. */
public enum BlockKind {

	/** A text the editor writes (safe HTML). */
	TEXT,

	/** The latest published news posts, as of sending. */
	NEWS,

	/** The latest publications of the library, as of sending. */
	PUBLICATIONS
}
