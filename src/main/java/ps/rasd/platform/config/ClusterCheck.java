package ps.rasd.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import ps.rasd.shared.ClusterProperties;

/**
 * With {@code RASD_NODES} above 1 the start-up refuses what one node would keep for itself: in-memory sessions, an H2
 * database, a search index of its own (embedded Lucene: each change reaches the index of the node that indexed it
 * only), and keys made locally in the data folder (a reply link, a paging cursor or a sealed file made on one node
 * would not open on another). Each key must then come from its setting, the same on every node. One node (the
 * default) is never refused.
 */
@Component
@Profile("!command")
class ClusterCheck implements InitializingBean {

	/** Every key a node would otherwise make in its data folder: setting and environment variable. */
	static final Map<String, String> KEYS = Map.of("rasd.cases.link-key", "RASD_CASES_LINK_KEY",
			"rasd.api.cursor-key", "RASD_API_CURSOR_KEY", "rasd.evidence.sealing-key", "RASD_EVIDENCE_SEALING_KEY",
			"rasd.freedoms.sealing-key", "RASD_FREEDOMS_SEALING_KEY", "rasd.identity.two-factor-key",
			"RASD_TWO_FACTOR_KEY", "rasd.openrosa.digest-key", "RASD_OPENROSA_DIGEST_KEY");

	private final ClusterProperties cluster;

	private final Environment environment;

	ClusterCheck(ClusterProperties cluster, Environment environment) {
		this.cluster = cluster;
		this.environment = environment;
	}

	@Override
	public void afterPropertiesSet() {
		List<String> problems = problems();
		if (!problems.isEmpty()) {
			throw new IllegalStateException("RASD_NODES=" + cluster.nodes() + ": this node cannot serve beside others: "
					+ String.join("; ", problems));
		}
	}

	/** What stops this node from serving beside others; empty when nothing does, or when it serves alone. */
	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (!cluster.several()) {
			return problems;
		}
		if (!cluster.jdbcSessions()) {
			problems.add("sessions are kept in memory (set RASD_SESSIONS=jdbc)");
		}
		String url = environment.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:postgresql:")) {
			problems.add("the database is not a shared PostgreSQL (set RASD_DB_URL)");
		}
		if (environment.getProperty("rasd.search.url", "").isBlank()) {
			problems.add("the search index would be this node's own Lucene index, which the changes indexed by another "
					+ "node never reach (set RASD_SEARCH_URL to an OpenSearch server)");
		}
		KEYS.entrySet().stream().filter(key -> environment.getProperty(key.getKey(), "").isBlank())
			.map(key -> key.getValue() + " is not set (a key made in this node's data folder differs on every node)")
			.sorted()
			.forEach(problems::add);
		return problems;
	}
}
