package ps.rasd.media;

/**
 * Where a planned social-media post stands: an idea, drafted, approved, posted (by hand, with its address). A post
 * moves one step forward at a time and may go back to any earlier step until it is posted.
 */
public enum PostStatus {

	IDEA, DRAFTED, APPROVED, POSTED;

	/** The step after this one, or {@code null} once posted. */
	public PostStatus next() {
		return this == POSTED ? null : values()[ordinal() + 1];
	}

	/** Whether a post may move from this step to {@code to}. */
	public boolean movesTo(PostStatus to) {
		return this != POSTED && to != this && (to == next() || to.ordinal() < ordinal());
	}
}
