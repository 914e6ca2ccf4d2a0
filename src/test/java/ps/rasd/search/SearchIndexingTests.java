package ps.rasd.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import ps.rasd.RasdApplication;
import ps.rasd.registry.FacilityDetails;
import ps.rasd.registry.FacilityStatus;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.Principals;

/** The index follows the records as they change, and is rebuilt in full on demand and by the command. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SearchIndexingTests {

	@Autowired
	SearchManagement search;

	@Autowired
	RegistryManagement registry;


	private List<String> titles(String query) {
		return search.search(new SearchRequest(query, Map.of("type", List.of("facility")), 0, 20), null,
				Locale.forLanguageTag("ar")).hits().items().stream().map(SearchHit::title).toList();
	}

	@Test
	void aRenamedFacilityIsFoundByItsNewNameOnceTheChangeIsCommitted() {
		var authority = SearchFixtures.authority(registry, "مديرية صحة يطا", "Yatta Health Directorate",
				SearchFixtures.HEBRON, "HEALTH");
		var clinic = SearchFixtures.facility(registry, authority.id(), "عيادة الكرمل القديمة", null,
				"PRIMARY_HEALTH_CENTRE", SearchFixtures.HEBRON);
		SearchFixtures.awaitIndexed(search);
		assertThat(titles("عيادة الكرمل القديمة")).contains("عيادة الكرمل القديمة");
		registry.updateFacility(clinic.id(), clinic.version(), new FacilityDetails(
				new LocalizedText("مركز صحي زيف الجديد", null), "PRIMARY_HEALTH_CENTRE", authority.id(),
				SearchFixtures.HEBRON, null, null, null, null, FacilityStatus.OPEN), Principals.admin());
		SearchFixtures.awaitIndexed(search);
		assertThat(titles("زيف الجديد")).contains("مركز صحي زيف الجديد");
		assertThat(titles("الكرمل القديمة")).doesNotContain("عيادة الكرمل القديمة");
	}

	@Test
	void aRebuildIndexesEverySourceAndKeepsTheResults() {
		Reindexed done = search.reindex();
		assertThat(done.documents()).containsKeys("case", "facility", "authority", "place");
		assertThat(done.documents().get("place")).isGreaterThan(900);
		assertThat(search.search(new SearchRequest("بيت لحم", Map.of(), 0, 5), null, Locale.ENGLISH).hits().items())
			.extracting(SearchHit::title).contains("Bethlehem");
	}

	@Test
	void theCommandRebuildsTheIndexWithoutTheWebServer(CapturedOutput output) {
		String url = "--spring.datasource.url=jdbc:h2:mem:search-reindex-" + System.nanoTime()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
		try (var context = new SpringApplicationBuilder(RasdApplication.class).web(WebApplicationType.NONE)
			.profiles("test", "command").run(url, "search-reindex")) {
			assertThat(SpringApplication.exit(context)).isZero();
		}
		assertThat(output).containsPattern("Search index rebuilt: \\d+ documents");
	}
}
