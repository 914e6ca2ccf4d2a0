package ps.rasd.search.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ps.rasd.search.SearchProperties;

/** The index this node uses: OpenSearch when {@code rasd.search.url} names a server, else its own Lucene index. */
@Configuration(proxyBeanMethods = false)
class SearchBackends {

	@Bean
	SearchBackend searchBackend(SearchProperties properties, SearchIndex index) {
		return properties.shared() ? new OpenSearchBackend(OpenSearchClient.of(properties), properties.indexName())
				: new LuceneBackend(index);
	}
}
