package ps.rasd.search.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code searchIndex} in {@code /actuator/health} and its readiness group: DOWN when the index cannot be used (Lucene:
 * writer failed, folder or lock gone, no searcher; OpenSearch: the server does not answer or the index is missing), so a load balancer stops sending people to this node.
 */
@Component("searchIndexHealthIndicator")
class SearchIndexHealth implements HealthIndicator {

	private final SearchBackend index;

	SearchIndexHealth(SearchBackend index) {
		this.index = index;
	}

	@Override
	public Health health() {
		String problem = index.problem();
		return problem == null ? Health.up().build() : Health.down().withDetail("problem", problem).build();
	}
}
