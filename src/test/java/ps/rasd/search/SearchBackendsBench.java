package ps.rasd.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import ps.rasd.support.IntegrationTest;

/**
 * Not a test (no assertion, not in the suite: its name does not end in Tests): the latency of the Arabic query set
 * ({@code search/queries.csv}) over the shipped places, on this backend. Run by {@code bench/search-backends.sh}.
 */
@IntegrationTest
class SearchBackendsBench {

	private static final Logger log = LoggerFactory.getLogger(SearchBackendsBench.class);

	@Autowired
	SearchManagement search;

	@Value("${rasd.search.url:}")
	String url;

	@Test
	void timesTheQuerySet() {
		SearchFixtures.awaitIndexed(search);
		List<String> queries = queries();
		for (int warm = 0; warm < 3; warm++) {
			queries.forEach(this::run);
		}
		List<Long> micros = new ArrayList<>();
		for (int round = 0; round < 10; round++) {
			for (String query : queries) {
				long start = System.nanoTime();
				run(query);
				micros.add((System.nanoTime() - start) / 1000);
			}
		}
		Collections.sort(micros);
		log.info("BENCH search on {}: {} queries, p50 {} ms, p95 {} ms, max {} ms",
				url.isBlank() ? "Lucene" : "OpenSearch", micros.size(), micros.get(micros.size() / 2) / 1000.0,
				micros.get(micros.size() * 95 / 100) / 1000.0, micros.get(micros.size() - 1) / 1000.0);
	}

	private void run(String query) {
		search.search(new SearchRequest(query, Map.of(), 0, 20), null, Locale.forLanguageTag("ar"));
	}

	private static List<String> queries() {
		List<String> queries = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(
				SearchBackendsBench.class.getResourceAsStream("/search/queries.csv"), StandardCharsets.UTF_8))) {
			lines.lines().skip(1).map(l -> l.split(",")[0]).forEach(queries::add);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return queries;
	}
}
