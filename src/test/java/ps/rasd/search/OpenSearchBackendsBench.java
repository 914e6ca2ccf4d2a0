package ps.rasd.search;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OpenSearchNode;

/** {@link SearchBackendsBench} on OpenSearch (the embedded test node, or {@code RASD_TEST_OPENSEARCH_URL}). */
class OpenSearchBackendsBench extends SearchBackendsBench {

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) {
		OpenSearchNode.register(registry);
	}
}
