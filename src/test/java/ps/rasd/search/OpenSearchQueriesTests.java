package ps.rasd.search;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OpenSearchNode;

/** {@link SearchQueriesTests} again, with the index on a real OpenSearch server (the shared index of several nodes). */
class OpenSearchQueriesTests extends SearchQueriesTests {

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) {
		OpenSearchNode.register(registry);
	}
}
