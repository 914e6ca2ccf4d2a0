package ps.rasd.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;

import ps.rasd.cases.CaseManagement;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.Tier;
import ps.rasd.support.IntegrationTest;

/**
 * The Arabic query set ({@code search/queries.csv}): each query, as the public types it, finds the expected record
 * among the first results. Place names come from the shipped list (spelling variants of
 * {@code shared/data/places.csv}); facilities, an authority and a public case are made here.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchQueriesTests {

	@Autowired
	SearchManagement search;

	@Autowired
	RegistryManagement registry;

	@Autowired
	CaseManagement cases;


	@BeforeAll
	void records() {
		var directorate = SearchFixtures.authority(registry, "مديرية تربية وتعليم بيت لحم",
				"Bethlehem Education Directorate", SearchFixtures.BETHLEHEM, "EDUCATION");
		SearchFixtures.facility(registry, directorate.id(), "مدرسة ذكور الظاهرية الثانوية",
				"Dhahiriya Secondary Boys School", "BASIC_SCHOOL", SearchFixtures.HEBRON);
		SearchFixtures.facility(registry, directorate.id(), "مدرسة الخنساء رقم 2", "Al Khansaa School No. 2",
				"BASIC_SCHOOL", "30");
		SearchFixtures.facility(registry, directorate.id(), "مركز صحي بيت ساحور", "Beit Sahour Health Centre",
				"PRIMARY_HEALTH_CENTRE", SearchFixtures.BETHLEHEM);
		SearchFixtures.kase(cases, "انقطاع مياه الشرب عن حي الشيخ", "لا تصل المياه منذ أسبوعين إلى البيوت",
				SearchFixtures.HEBRON, "WATER", Tier.PUBLIC, "سامر");
		SearchFixtures.awaitIndexed(search);
	}

	@ParameterizedTest(name = "{0} ({4})")
	@CsvFileSource(resources = "/search/queries.csv", numLinesToSkip = 1)
	void findsWhatIsMeant(String query, String type, String expected, int top, String what) {
		var results = search.search(new SearchRequest(query, Map.of(), 0, top), null, Locale.forLanguageTag("ar"));
		List<String> found = results.hits().items().stream().map(h -> h.type() + ":" + h.title()).toList();
		assertThat(found).as("top %d for %s (%s)", top, query, what).contains(type + ":" + expected);
	}
}
