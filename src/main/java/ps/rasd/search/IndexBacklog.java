package ps.rasd.search;

import java.time.Instant;

/**
 * The index work that waits: changes committed to the database and not yet searchable.
 *
 * @param pending how many records wait to be indexed
 * @param oldest when the oldest of them was queued, {@code null} when none waits
 */
public record IndexBacklog(long pending, Instant oldest) {

	/** Whether the index holds every committed change. */
	public boolean empty() {
		return pending == 0;
	}
}
