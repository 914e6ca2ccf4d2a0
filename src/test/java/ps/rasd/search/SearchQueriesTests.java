package ps.rasd.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;

import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CasePublication;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.Tier;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.Principals;

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
	CaseIntake caseIntake;

	@Autowired
	CasePublication casePublication;


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
		SearchFixtures.kase(caseIntake, casePublication, "انقطاع مياه الشرب عن حي الشيخ", "لا تصل المياه منذ أسبوعين إلى البيوت",
				SearchFixtures.HEBRON, "WATER", Tier.PUBLIC, "سامر");
		SearchFixtures.authority(registry, "وزارة الصحة", "Ministry of Health", null, "HEALTH");
		SearchFixtures.facility(registry, directorate.id(), "مستودع أدوية وزارة الصحة في دورا",
				"Ministry of Health drug store, Dura", "PRIMARY_HEALTH_CENTRE", SearchFixtures.HEBRON);
		SearchFixtures.kase(caseIntake, casePublication, "تسرب مياه الصرف الصحي في الشارع الرئيسي",
				"أبلغنا وزارة الصحة والبلدية بتسرب الصرف الصحي قرب المدرسة", SearchFixtures.HEBRON, "WATER", Tier.PUBLIC,
				"سامر");
		reference = SearchFixtures.kase(caseIntake, casePublication, "حفرة عميقة أمام المدرسة", "لم تُغلق منذ شهر",
				SearchFixtures.HEBRON, "MUNICIPAL", Tier.PUBLIC, "سامر").reference();
		SearchFixtures.awaitIndexed(search);
	}

	String reference;

	private List<String> top(String query, int size) {
		return top(query, size, null);
	}

	private List<String> top(String query, int size, ps.rasd.shared.RasdPrincipal staff) {
		return search.search(new SearchRequest(query, Map.of(), 0, size), staff, Locale.forLanguageTag("ar")).hits()
			.items().stream().map(SearchHit::title).toList();
	}

	@Test
	void aRecordNamedWithEveryWordOutranksOneThatMentionsThemInPassing() {
		// an analyst reads the case's internal description, which mentions the ministry in passing
		List<String> found = top("وزارة الصحة", 10, ps.rasd.support.Principals.analyst());
		assertThat(found).startsWith("وزارة الصحة");
		assertThat(found).contains("مستودع أدوية وزارة الصحة في دورا", "تسرب مياه الصرف الصحي في الشارع الرئيسي");
		assertThat(found.indexOf("مستودع أدوية وزارة الصحة في دورا"))
			.isLessThan(found.indexOf("تسرب مياه الصرف الصحي في الشارع الرئيسي"));
	}

	@Test
	void aCaseReferenceTypedInArabicIndicDigitsFindsTheCase() {
		String arabicDigits = reference.chars()
			.mapToObj(c -> c >= '0' && c <= '9' ? String.valueOf((char) ('\u0660' + c - '0')) : String.valueOf((char) c))
			.reduce("", String::concat);
		assertThat(top(arabicDigits, 3)).first().isEqualTo("حفرة عميقة أمام المدرسة");
		assertThat(top(reference.toLowerCase(Locale.ROOT), 3)).first().isEqualTo("حفرة عميقة أمام المدرسة");
	}

	@ParameterizedTest(name = "{0} ({4})")
	@CsvFileSource(resources = "/search/queries.csv", numLinesToSkip = 1)
	void findsWhatIsMeant(String query, String type, String expected, int top, String what) {
		var results = search.search(new SearchRequest(query, Map.of(), 0, top), null, Locale.forLanguageTag("ar"));
		List<String> found = results.hits().items().stream().map(h -> h.type() + ":" + h.title()).toList();
		assertThat(found).as("top %d for %s (%s)", top, query, what).contains(type + ":" + expected);
	}

	@Test
	void aHitsOnlySearchGivesTheSameBestHitsWithoutSnippetsOrFacets() {
		for (String query : List.of("مدرسة", "وزارة الصحة", "انقطاع المياه", "الخليل")) {
			var full = search.search(new SearchRequest(query, Map.of(), 0, 5), Principals.analyst(),
					Locale.forLanguageTag("ar"));
			var lean = search.search(SearchRequest.hitsOnly(query, 5), Principals.analyst(), Locale.forLanguageTag("ar"));
			assertThat(lean.hits().items()).as(query).extracting(SearchHit::type, SearchHit::reference, SearchHit::url)
				.containsExactlyElementsOf(full.hits().items().stream()
					.map(h -> tuple(h.type(), h.reference(), h.url())).toList());
			assertThat(lean.hits().items()).extracting(SearchHit::snippet).allMatch(String::isEmpty);
			assertThat(lean.facets()).isEmpty();
			assertThat(lean.hits().totalItems()).as(query).isGreaterThanOrEqualTo(lean.hits().items().size())
				.isLessThanOrEqualTo(full.hits().totalItems());
		}
	}

	@Test
	void theTotalAndTheFacetsCountEveryMatchNotOnlyThePage() {
		var one = search.search(new SearchRequest("مدرسة", Map.of(), 0, 1), null, Locale.forLanguageTag("ar"));
		var all = search.search(new SearchRequest("مدرسة", Map.of(), 0, 50), null, Locale.forLanguageTag("ar"));
		assertThat(one.hits().totalItems()).isGreaterThan(1).isEqualTo(all.hits().totalItems());
		assertThat(one.facets()).isEqualTo(all.facets());
		// every record has one kind: the kinds' counts add up to the total
		assertThat(one.facets().stream().filter(f -> f.name().equals("type")).findFirst().orElseThrow().values()
			.stream().mapToLong(Facet.Value::count).sum()).isEqualTo(one.hits().totalItems());
	}
}
