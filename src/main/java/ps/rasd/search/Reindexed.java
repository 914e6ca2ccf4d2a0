package ps.rasd.search;

import java.util.Map;

/**
 * A rebuild of the index.
 *
 * @param documents how many documents of each kind were indexed
 * @param millis how long it took
 */
public record Reindexed(Map<String, Integer> documents, long millis) {

	/** All documents indexed. */
	public int total() {
		return documents.values().stream().mapToInt(Integer::intValue).sum();
	}
}
