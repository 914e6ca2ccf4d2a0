package ps.rasd.search.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ps.rasd.search.SearchProperties;
import ps.rasd.shared.ClusterProperties;

/** The index this node uses: OpenSearch when {@code rasd.search.url} names a server, else its own Lucene index. */
@Configuration(proxyBeanMethods = false)
class SearchBackends {

	private static final Logger log = LoggerFactory.getLogger(SearchBackends.class);

	@Bean
	SearchBackend searchBackend(SearchProperties properties, SearchIndex index, ClusterProperties cluster) {
		if (cluster.several() && !properties.shared()) {
			log.warn("RASD_NODES={}: the search index is this node's own, and a change reaches the index of the node "
					+ "that indexed it only; set RASD_SEARCH_URL to an OpenSearch server", cluster.nodes());
		}
		return properties.shared() ? new OpenSearchBackend(OpenSearchClient.of(properties), properties.indexName())
				: new LuceneBackend(index, properties.countCache());
	}
}
