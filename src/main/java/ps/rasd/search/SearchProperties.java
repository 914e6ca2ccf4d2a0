package ps.rasd.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the search module.
 *
 * @param inMemory keep the index in memory instead of under {@code $RASD_DATA_DIR/index} (tests; each application
 *        context then has its own index)
 * @param maxQueryLength the longest query, in characters; a longer one is refused by the API and cut on the page
 * @param pageSize results per page
 * @param maxPageSize the largest page the API serves
 * @param maxResults how deep paging goes
 * @param indexBatch the most changed records the indexer takes from the outbox into one index commit
 * @param indexDelay the shortest time between two index commits: changes that come meanwhile wait and go into the
 *        next batch together (searchable at most about this long plus the batch's own time after their commit)
 * @param indexPoll how often the indexer looks at the outbox when nothing woke it (work queued by another process)
 * @param indexLease how long a node holds the outbox rows it took unless it renews the claim (it does, every third of
 *        this, while the work lasts): another node takes them when it runs out (the node died)
 * @param url the OpenSearch (or Elasticsearch) server that holds the index shared by every node
 *        ({@code RASD_SEARCH_URL}); empty: the embedded Lucene index of this node
 * @param indexName the alias of the index on that server; each rebuild makes an index behind it
 * @param username the server's user, if it asks for one
 * @param password that user's password
 * @param countCache how many counts of one query on one index segment are kept (the total and facets of recent
 *        searches, exact while their segment lives: see {@code SegmentCounts}); 0: every search counts every match
 */
@ConfigurationProperties("rasd.search")
public record SearchProperties(@DefaultValue("false") boolean inMemory, @DefaultValue("200") int maxQueryLength,
		@DefaultValue("20") int pageSize, @DefaultValue("100") int maxPageSize,
		@DefaultValue("10000") int maxResults, @DefaultValue("1000") int indexBatch,
		@DefaultValue("PT0.5S") Duration indexDelay, @DefaultValue("PT5S") Duration indexPoll,
		@DefaultValue("PT20S") Duration indexLease, @DefaultValue("") String url, @DefaultValue("rasd") String indexName,
		@DefaultValue("") String username, @DefaultValue("") String password,
		@DefaultValue("20000") int countCache) {

	/** Whether the index is on a search server shared by the nodes. */
	public boolean shared() {
		return url != null && !url.isBlank();
	}
}
