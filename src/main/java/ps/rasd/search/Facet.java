package ps.rasd.search;

import java.util.List;

/**
 * The values of one facet among the results, each with how many results it would give.
 *
 * @param name the facet ({@code governorate}, ...)
 * @param values its values, most frequent first
 */
public record Facet(String name, List<Value> values) {

	/**
	 * @param value the value to filter by
	 * @param label the value in the reader's language
	 * @param count results with this value (given the other facets chosen)
	 * @param selected whether the search is filtered by it
	 */
	public record Value(String value, String label, long count, boolean selected) {
	}
}
