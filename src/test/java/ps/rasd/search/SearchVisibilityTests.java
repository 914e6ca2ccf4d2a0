package ps.rasd.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CasePublication;
import ps.rasd.cases.CaseQueue;
import ps.rasd.cases.CaseSummary;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.Tier;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.Principals;

/** A query never returns what the person asking may not see, and never the reporter. */
@IntegrationTest
class SearchVisibilityTests {

	private static final Locale AR = Locale.forLanguageTag("ar");

	@Autowired
	SearchManagement search;

	@Autowired
	CasePublication casePublication;

	@Autowired
	CaseQueue caseQueue;

	@Autowired
	CaseIntake caseIntake;


	private void indexed() {
		SearchFixtures.awaitIndexed(search);
	}

	private List<SearchHit> find(String query, RasdPrincipal viewer) {
		return search.search(new SearchRequest(query, Map.of(), 0, 50), viewer, AR).hits().items();
	}

	private static List<String> references(List<SearchHit> hits) {
		return hits.stream().map(SearchHit::reference).toList();
	}

	@Test
	void theInternalCaseOfHebronIsFoundByItsCoordinatorsAloneAndNeverByThePublic() {
		CaseSummary internal = SearchFixtures.kase(caseIntake, casePublication, "تسرب مياه الصرف قرب مدرسة كريمزان", "رائحة كريهة كل صباح",
				SearchFixtures.HEBRON, "WATER", Tier.INTERNAL, "فاطمة");
		indexed();
		assertThat(references(find("كريمزان", null))).doesNotContain(internal.reference());
		assertThat(references(find("كريمزان", Principals.coordinator(SearchFixtures.BETHLEHEM))))
			.doesNotContain(internal.reference());
		assertThat(references(find("كريمزان", Principals.of("partner", "PARTNER"))))
			.doesNotContain(internal.reference());
		List<SearchHit> hebron = find("كريمزان", Principals.coordinator(SearchFixtures.HEBRON));
		assertThat(references(hebron)).contains(internal.reference());
		assertThat(hebron.get(0).url()).isEqualTo("/cases/" + internal.reference());
		assertThat(references(find("كريمزان", Principals.analyst()))).contains(internal.reference());
		assertThat(references(find("كريمزان", Principals.admin()))).contains(internal.reference());
	}

	@Test
	void aPublishedCaseIsFoundByThePublicOnItsPublicPageButNotByItsDescription() {
		CaseSummary published = SearchFixtures.kase(caseIntake, casePublication, "حفرة عميقة في شارع عين سارة", "سقط فيها طفل اسمه ياسر قنديل",
				SearchFixtures.HEBRON, "WATER", Tier.PUBLIC, "ليلى");
		indexed();
		List<SearchHit> hits = find("حفرة عين سارة", null);
		assertThat(references(hits)).contains(published.reference());
		SearchHit hit = hits.stream().filter(h -> published.reference().equals(h.reference())).findFirst().orElseThrow();
		assertThat(hit.url()).isEqualTo("/findings/" + published.reference());
		assertThat(hit.snippet()).contains("<mark>").doesNotContain("ياسر");
		// the description is the reporter's own words, not yet redacted: staff only
		assertThat(references(find("قنديل", null))).doesNotContain(published.reference());
		assertThat(references(find("قنديل", Principals.coordinator(SearchFixtures.HEBRON))))
			.contains(published.reference());
	}

	@Test
	void anEmbargoedCaseIsNotPublicBeforeItsDay() {
		CaseSummary filed = SearchFixtures.kase(caseIntake, casePublication, "تعطل مولد الكهرباء في عيادة الشيوخ", "منذ شهر", SearchFixtures.HEBRON,
				"HEALTH", Tier.INTERNAL, null);
		indexed();
		casePublication.publication(filed.reference(), filed.version(), Tier.PUBLIC, LocalDate.now().plusDays(30),
				filed.title(), filed.title(), Principals.admin());
		indexed();
		assertThat(references(find("مولد عيادة الشيوخ", null))).doesNotContain(filed.reference());
		CaseSummary current = caseQueue.byReference(filed.reference(), Principals.admin());
		casePublication.publication(filed.reference(), current.version(), Tier.PUBLIC, LocalDate.now().minusDays(1),
				filed.title(), filed.title(), Principals.admin());
		indexed();
		assertThat(references(find("مولد عيادة الشيوخ", null))).contains(filed.reference());
	}

	@Test
	void aCaseMadeInternalAgainLeavesThePublicResults() {
		CaseSummary published = SearchFixtures.kase(caseIntake, casePublication, "تراكم النفايات أمام مدرسة بني نعيم", "منذ أسبوع",
				SearchFixtures.HEBRON, "WATER", Tier.PUBLIC, null);
		indexed();
		assertThat(references(find("نفايات بني نعيم", null))).contains(published.reference());
		casePublication.publication(published.reference(), published.version(), Tier.INTERNAL, null, null, null,
				Principals.admin());
		indexed();
		assertThat(references(find("نفايات بني نعيم", null))).doesNotContain(published.reference());
	}

	@Test
	void theReporterIsNeverIndexedNorReturned() {
		String name = "زعترفاني";
		CaseSummary kase = SearchFixtures.kase(caseIntake, casePublication, "انقطاع الكهرباء عن حي الجلدة", "الكهرباء مقطوعة ليلا",
				SearchFixtures.HEBRON, "ELECTRICITY", Tier.PUBLIC, name + " أبو سنينة");
		indexed();
		for (RasdPrincipal viewer : new RasdPrincipal[] { null, Principals.admin(),
				Principals.coordinator(SearchFixtures.HEBRON) }) {
			assertThat(find(name, viewer)).isEmpty();
			assertThat(find("0599123456", viewer)).isEmpty();
			assertThat(find("حي الجلدة", viewer)).filteredOn(h -> kase.reference().equals(h.reference()))
				.singleElement()
				.satisfies(h -> assertThat(h.title() + h.snippet() + h.url()).doesNotContain(name));
		}
	}

	@Test
	void aMonitorFindsTheCasesTheyFiledThemselves() {
		RasdPrincipal monitor = Principals.monitor(987654, SearchFixtures.HEBRON);
		RasdPrincipal other = Principals.monitor(987655, SearchFixtures.HEBRON);
		String reference = caseIntake.file(new ps.rasd.cases.NewCase("كسر في أنبوب المياه الرئيسي ببلدة سعير", "منذ يومين",
				SearchFixtures.HEBRON, null, null, "WATER", null, null), null, ps.rasd.cases.CaseSource.STAFF, null,
				monitor).summary().reference();
		indexed();
		assertThat(references(find("أنبوب سعير", monitor))).contains(reference);
		assertThat(references(find("أنبوب سعير", other))).doesNotContain(reference);
		assertThat(Set.copyOf(references(find("أنبوب سعير", null)))).doesNotContain(reference);
	}
}
