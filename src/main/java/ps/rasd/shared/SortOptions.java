package ps.rasd.shared;

import java.util.List;

/**
 * The sort orders a list endpoint accepts, by name (for instance {@code reported}, {@code -reported}); a leading minus
 * means descending. The first one is the default.
 *
 * @param names the accepted names, the default first
 */
public record SortOptions(List<String> names) {

	public SortOptions {
		names = List.copyOf(names);
	}

	/** The accepted names, the default first. */
	public static SortOptions of(String... names) {
		return new SortOptions(List.of(names));
	}

	/** The default sort. */
	public String defaultSort() {
		return names.get(0);
	}

	/** The names as one comma separated line, for messages and documentation. */
	public String describe() {
		return String.join(", ", names);
	}
}
