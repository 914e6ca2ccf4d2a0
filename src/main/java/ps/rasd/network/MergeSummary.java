package ps.rasd.network;

import java.time.Instant;

/**
 * One merge of two records of the same person: undone (the links moved back) until {@code undoableUntil}.
 *
 * @param id the merge
 * @param kept the record that stays
 * @param merged the record merged into it (kept, hidden, with its data)
 * @param mergedAt when
 * @param undoableUntil until when it may be undone
 * @param undone whether it was undone
 */
public record MergeSummary(long id, PersonId kept, PersonId merged, Instant mergedAt, Instant undoableUntil,
		boolean undone) {
}
