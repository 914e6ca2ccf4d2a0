package ps.rasd.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.search.SearchHit;
import ps.rasd.search.SearchManagement;
import ps.rasd.search.SearchRequest;

/**
 * A context started as production starts (repositories made on first use, a missing index built in the background):
 * the application takes traffic at once and the index is usable meanwhile, and the places of the reference data
 * become findable when the build is done.
 */
@SpringBootTest(properties = { "rasd.search.build-in-background=true",
		"spring.data.jpa.repositories.bootstrap-mode=lazy", "rasd.test.context=index-startup" })
@ActiveProfiles("test")
class IndexStartupTests {

	@Autowired
	SearchIndex index;

	@Autowired
	SearchManagement search;

	@Autowired
	SearchIndexHealth health;

	@Autowired
	ApplicationAvailability availability;

	@Test
	void theIndexIsBuiltInTheBackgroundWhileTheApplicationTakesTraffic() {
		assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
		assertThat(health.health().getStatus().getCode()).isEqualTo("UP");

		// the build marks the index complete, commits, then refreshes the searchers: wait for the place itself
		Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
			.until(() -> places("بيت لحم").contains("بيت لحم"));
		assertThat(index.complete()).isTrue();
	}

	private List<String> places(String query) {
		return search.search(new SearchRequest(query, Map.of(), 0, 5), null, Locale.forLanguageTag("ar")).hits()
			.items().stream().map(SearchHit::title).toList();
	}
}
