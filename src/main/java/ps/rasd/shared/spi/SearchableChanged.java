package ps.rasd.shared.spi;

import java.util.Collection;
import java.util.List;

/**
 * Records of one kind were created, changed or removed; published in the transaction of the change. The search module
 * queues the work in that transaction (its outbox, committed or rolled back with the change, so a crash after the
 * commit loses nothing) and indexes it in the background, in batches, shortly after the commit.
 *
 * @param type the kind of record, as {@link SearchSource#type()}
 * @param keys the records' ids, as text
 */
public record SearchableChanged(String type, List<String> keys) {

	public SearchableChanged {
		keys = List.copyOf(keys);
	}

	/** One record changed. */
	public static SearchableChanged of(String type, Object key) {
		return new SearchableChanged(type, List.of(String.valueOf(key)));
	}

	/** Several records changed. */
	public static SearchableChanged of(String type, Collection<?> keys) {
		return new SearchableChanged(type, keys.stream().map(String::valueOf).toList());
	}
}
