/**
 * Search: an Arabic full-text index over what other modules contribute through {@link ps.rasd.shared.spi.SearchSource}
 * (cases, facilities, places, authorities), kept current by {@link ps.rasd.shared.spi.SearchableChanged} events queued
 * in the changes' transactions (the {@code search_outbox} table) and indexed in batches by one background indexer,
 * and rebuilt by the {@code search-reindex} command. The index is the module's own Lucene index under
 * {@code $RASD_DATA_DIR/index}; every query is filtered by what the person asking may see.
 */
@ApplicationModule(displayName = "Search", allowedDependencies = { "shared", "shared::spi" })
package ps.rasd.search;

import org.springframework.modulith.ApplicationModule;
