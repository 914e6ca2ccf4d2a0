package ps.rasd.shared.spi;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import ps.rasd.shared.LocalizedText;

/**
 * A module's contribution to the search index: one kind of record. The search module asks for documents when a
 * {@link SearchableChanged} event says records changed (after the change commits) and for all of them when the index
 * is rebuilt; it never imports the module.
 */
public interface SearchSource {

	/** The kind of record, e.g. {@code case}, {@code facility}; unique among sources. */
	String type();

	/**
	 * The current documents of these records; a key with no document (the record is gone or is not to be found)
	 * is removed from the index.
	 */
	List<SearchDocument> documents(Collection<String> keys);

	/** Every document of this kind, for a rebuild of the index; called outside any transaction. */
	void forEachDocument(Consumer<SearchDocument> sink);

	/**
	 * The label of a facet value this source contributes ({@code type}, {@code governorate}, {@code sector},
	 * {@code status}), if it knows it.
	 */
	default Optional<LocalizedText> facetLabel(String facet, String value) {
		return Optional.empty();
	}
}
