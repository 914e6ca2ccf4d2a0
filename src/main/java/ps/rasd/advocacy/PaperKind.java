package ps.rasd.advocacy;

/** What a paper is. */
public enum PaperKind {
	/** A position paper. */
	POSITION,
	/** A short policy brief. */
	BRIEF
}
