package ps.rasd.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CasePublication;
import ps.rasd.cases.CaseSummary;
import ps.rasd.registry.FacilityDetails;
import ps.rasd.registry.FacilityStatus;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.search.SearchFixtures;
import ps.rasd.search.SearchHit;
import ps.rasd.search.SearchManagement;
import ps.rasd.search.SearchRequest;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.Tier;
import ps.rasd.shared.spi.SearchableChanged;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.Principals;

/**
 * Index work is queued in the transaction of the change and done by the one background indexer in batches: what a
 * crash left in the outbox is indexed when the indexer starts again, a batch of filed cases is searchable after one
 * index commit, and work of a change that rolled back is never queued.
 */
@IntegrationTest
class IndexWorkerTests {

	@Autowired
	IndexWorker worker;

	@Autowired
	SearchManagement search;

	@Autowired
	SearchIndex index;

	@Autowired
	CaseIntake caseIntake;

	@Autowired
	CasePublication casePublication;

	@Autowired
	RegistryManagement registry;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@BeforeEach
	void stopTheIndexer() {
		SearchFixtures.awaitIndexed(search);
		worker.stop();
	}

	@AfterEach
	void startItAgain() {
		if (!worker.isRunning()) {
			worker.start();
		}
	}

	private List<String> references(String query) {
		return search.search(new SearchRequest(query, Map.of(), 0, 50), Principals.admin(), Locale.forLanguageTag("ar"))
			.hits().items().stream().map(SearchHit::reference).toList();
	}

	private long commits() throws Exception {
		return index.commitGeneration();
	}

	@Test
	void whatACrashLeftInTheOutboxIsIndexedWhenTheIndexerStartsAgain() {
		var authority = SearchFixtures.authority(registry, "مديرية صحة دورا", "Dura Health Directorate",
				SearchFixtures.HEBRON, "HEALTH");
		var clinic = SearchFixtures.facility(registry, authority.id(), "عيادة وادي الشاجنة", null,
				"PRIMARY_HEALTH_CENTRE", SearchFixtures.HEBRON);
		registry.updateFacility(clinic.id(), clinic.version(), new FacilityDetails(
				new LocalizedText("مركز صحي خرسا", null), "PRIMARY_HEALTH_CENTRE", authority.id(),
				SearchFixtures.HEBRON, null, null, null, null, FacilityStatus.OPEN), Principals.admin());
		// committed, never indexed: as if the process died before the indexer came to it
		assertThat(search.indexBacklog().pending()).isGreaterThanOrEqualTo(3);
		assertThat(search.indexBacklog().oldest()).isNotNull();
		assertThat(search.search(new SearchRequest("خرسا", Map.of("type", List.of("facility")), 0, 5), null,
				Locale.forLanguageTag("ar")).hits().items()).extracting(ps.rasd.search.SearchHit::title)
			.doesNotContain("مركز صحي خرسا");

		worker.start();
		SearchFixtures.awaitIndexed(search);

		assertThat(search.search(new SearchRequest("خرسا", Map.of("type", List.of("facility")), 0, 5), null,
				Locale.forLanguageTag("ar")).hits().items()).extracting(SearchHit::title)
			.startsWith("مركز صحي خرسا");
		assertThat(search.indexBacklog().empty()).isTrue();
	}

	@Test
	void casesFiledTogetherAreSearchableAfterOneIndexCommit() throws Exception {
		List<CaseSummary> filed = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			filed.add(SearchFixtures.kase(caseIntake, casePublication, "انقطاع الكهرباء في حي الزيتون " + i, "منذ يومين",
					SearchFixtures.HEBRON, "ELECTRICITY", Tier.INTERNAL, "سلمى"));
		}
		assertThat(references("الزيتون")).doesNotContainAnyElementsOf(filed.stream().map(CaseSummary::reference).toList());
		long before = commits();

		assertThat(worker.drainOnce()).isEqualTo(12);

		assertThat(commits()).isEqualTo(before + 1);
		assertThat(references("الزيتون")).containsAll(filed.stream().map(CaseSummary::reference).toList());
		assertThat(search.indexBacklog().empty()).isTrue();
	}

	@Test
	void aChangeThatRollsBackQueuesNoIndexWork() {
		long before = search.indexBacklog().pending();
		try {
			transactions.executeWithoutResult(tx -> {
				events.publishEvent(SearchableChanged.of("facility", 999_999));
				throw new IllegalStateException("rolled back");
			});
		}
		catch (IllegalStateException expected) {
			// the change is gone, and its index work with it
		}
		assertThat(search.indexBacklog().pending()).isEqualTo(before);
		transactions.executeWithoutResult(tx -> events.publishEvent(SearchableChanged.of("facility", 999_999)));
		assertThat(search.indexBacklog().pending()).isEqualTo(before + 1);
		assertThat(jdbc.queryForObject("select count(*) from search_outbox where record_key = '999999'", Long.class))
			.isEqualTo(1);
		worker.drainOnce();
		assertThat(search.indexBacklog().pending()).isZero();
	}
}
