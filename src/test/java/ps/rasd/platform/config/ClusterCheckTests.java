package ps.rasd.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import ps.rasd.shared.ClusterProperties;

class ClusterCheckTests {

	private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

	@Test
	void oneNodeIsNeverRefused() {
		MockEnvironment h2 = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/db/rasd");
		assertThat(new ClusterCheck(new ClusterProperties(1, "memory", ""), h2).problems()).isEmpty();
	}

	@Test
	void oneOfSeveralNodesIsRefusedOnLocalKeysMemorySessionsH2OrItsOwnSearchIndex() {
		MockEnvironment h2 = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/db/rasd")
			.withProperty("rasd.cases.link-key", KEY);
		assertThat(new ClusterCheck(new ClusterProperties(2, "memory", ""), h2).problems())
			.anyMatch(p -> p.contains("RASD_SESSIONS=jdbc"))
			.anyMatch(p -> p.contains("RASD_DB_URL"))
			.anyMatch(p -> p.contains("RASD_SEARCH_URL"))
			.anyMatch(p -> p.startsWith("RASD_EVIDENCE_SEALING_KEY"))
			.anyMatch(p -> p.startsWith("RASD_API_CURSOR_KEY"))
			.anyMatch(p -> p.startsWith("RASD_FREEDOMS_SEALING_KEY"))
			.anyMatch(p -> p.startsWith("RASD_TWO_FACTOR_KEY"))
			.noneMatch(p -> p.startsWith("RASD_CASES_LINK_KEY"));
	}

	@Test
	void oneOfSeveralNodesStartsWithSharedSessionsPostgresAndEveryKeySet() {
		MockEnvironment shared = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db:5432/rasd").withProperty("rasd.search.url", "http://search:9200");
		ClusterCheck.KEYS.keySet().forEach(key -> shared.setProperty(key, KEY));
		assertThat(new ClusterCheck(new ClusterProperties(2, "jdbc", ""), shared).problems()).isEmpty();
	}
}
