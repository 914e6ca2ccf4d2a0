package ps.rasd.network;

/**
 * A person record was merged into another (or a merge was undone), published after the merge commits, so that
 * modules that count people (activities' people reached) count the two records as one person, or again as two.
 *
 * @param kept the record kept
 * @param merged the record merged into it
 * @param undone whether the merge was undone
 */
public record PersonMerged(PersonId kept, PersonId merged, boolean undone) {
}
