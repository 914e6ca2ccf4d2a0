package ps.rasd.search.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code searchIndex} in {@code /actuator/health} and its readiness group: DOWN when the Lucene index cannot be used
 * (writer failed, folder or lock gone, no searcher), so a load balancer stops sending people to this node.
 */
@Component("searchIndexHealthIndicator")
class SearchIndexHealth implements HealthIndicator {

	private final SearchIndex index;

	SearchIndexHealth(SearchIndex index) {
		this.index = index;
	}

	@Override
	public Health health() {
		String problem = index.problem();
		return problem == null ? Health.up().build() : Health.down().withDetail("problem", problem).build();
	}
}
