package ps.rasd.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ps.rasd.registry.RegistryManagement;
import ps.rasd.support.IntegrationTest;

/** The search page and the JSON API, in Arabic and English, and every kind of bad input answered clearly. */
@IntegrationTest
class SearchWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RegistryManagement registry;

	@Autowired
	SearchManagement search;

	private MvcTestResult get(String uri, String language) {
		// pages follow the language cookie, the API follows Accept-Language
		return mvc.get().uri(uri).header("Accept-Language", language).cookie(new Cookie("rasd-lang", language))
			.exchange();
	}

	@Test
	void thePageRendersResultsInArabicRightToLeft() {
		MvcTestResult page = get("/search?q=بيت لحم", "ar");
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("dir=\"rtl\"").contains("lang=\"ar\"").contains("النتائج:")
			.contains("<mark>").contains("المحافظة").contains("href=\"/governorates/45\"")
			.contains("name=\"governorate\"");
	}

	@Test
	void thePageRendersInEnglish() {
		MvcTestResult page = get("/search?q=Bethlehem", "en");
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("dir=\"ltr\"").contains("Results:").contains("Bethlehem")
			.contains("Governorate").contains("Apply filters");
	}

	@Test
	void anEmptyQueryShowsTheFormAndAHint() {
		assertThat(get("/search", "ar")).hasStatusOk().bodyText().contains("اكتب كلمة أو أكثر");
		assertThat(get("/search?q=", "en")).hasStatusOk().bodyText().contains("Type one or more words");
	}

	@Test
	void snippetsAreEscapedAndOnlyTheMarkIsMarkup() {
		var authority = SearchFixtures.authority(registry, "مديرية صحة طوباس", null, "05", "HEALTH");
		SearchFixtures.facility(registry, authority.id(), "عيادة <script>alert(1)</script> طمون", null,
				"PRIMARY_HEALTH_CENTRE", "05");
		SearchFixtures.awaitIndexed(search);
		MvcTestResult page = get("/search?q=طمون&type=facility", "ar");
		assertThat(page).hasStatusOk().bodyText().doesNotContain("<script>alert").contains("&lt;script&gt;");
		assertThat(get("/api/v1/search?q=طمون&type=facility", "ar")).hasStatusOk().bodyJson()
			.extractingPath("$.hits.items[0].snippet").asString().contains("&lt;script&gt;").contains("<mark>")
			.doesNotContain("<script>");
	}

	@Test
	void theApiAnswersResultsFacetsAndPaging() {
		MvcTestResult result = get("/api/v1/search?q=الخليل&governorate=50&size=5", "en");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.hits.items[0].type").isEqualTo("place");
		assertThat(result).bodyJson().extractingPath("$.hits.items[0].title").isEqualTo("Hebron");
		assertThat(result).bodyJson().extractingPath("$.hits.items[0].url").isEqualTo("/governorates/50");
		assertThat(result).bodyJson().extractingPath("$.hits.size").isEqualTo(5);
		assertThat(result).bodyJson().extractingPath("$.facets[?(@.name=='governorate')].values[*].value").asArray()
			.contains("50");
		assertThat(result).bodyText().contains("\"totalPages\"").contains("\"label\":\"Hebron\"");
	}

	@Test
	void aFacetNarrowsTheResultsAndKeepsTheOtherValuesOffered() {
		MvcTestResult all = get("/api/v1/search?q=بيت&size=100", "ar");
		MvcTestResult hebron = get("/api/v1/search?q=بيت&governorate=50&size=100", "ar");
		assertThat(hebron).bodyJson().extractingPath("$.hits.items[*].url").asArray()
			.allSatisfy(url -> assertThat(url.toString()).isEqualTo("/governorates/50"));
		assertThat(hebron).bodyJson().extractingPath("$.facets[?(@.name=='governorate')].values[*].value").asArray()
			.contains("45", "50");
		assertThat(all).bodyJson().extractingPath("$.hits.totalItems").asNumber().isNotNull();
	}

	@Test
	void badInputIsAnsweredInTheReadersLanguage() {
		assertThat(get("/api/v1/search?q=", "ar")).hasStatus(422).bodyJson().extractingPath("$.errors[0].message")
			.isEqualTo("اكتب ما تبحث عنه.");
		assertThat(get("/api/v1/search?q=" + "ب".repeat(300), "en")).hasStatus(422).bodyJson()
			.extractingPath("$.errors[0].code").isEqualTo("search.query.too-long");
		assertThat(get("/api/v1/search?q=؟!...،", "en")).hasStatus(422).bodyJson()
			.extractingPath("$.errors[0].code").isEqualTo("search.query.no-terms");
		assertThat(get("/api/v1/search?q=北京", "en")).hasStatus(422).bodyJson()
			.extractingPath("$.errors[0].code").isEqualTo("search.query.no-terms");
		assertThat(get("/api/v1/search?q=غزة&governorate=99", "en")).hasStatus(422).bodyJson()
			.extractingPath("$.errors[0].field").isEqualTo("governorate");
		assertThat(get("/api/v1/search?q=غزة&status=<b>", "en")).hasStatus(422).bodyJson()
			.extractingPath("$.errors[0].message").asString().startsWith("Unknown filter value");
		assertThat(get("/api/v1/search?q=غزة&page=9999", "ar")).hasStatus(422).bodyJson()
			.extractingPath("$.errors[0].code").isEqualTo("search.page.past-end");
		assertThat(get("/api/v1/search?q=غزة&page=-1", "en")).hasStatus(422).bodyJson()
			.extractingPath("$.errors[0].field").isEqualTo("page");
		assertThat(get("/api/v1/search?q=غزة&page=two", "en")).hasStatus(400);
		assertThat(get("/api/v1/search?q=زززززززززززز", "en")).hasStatusOk().bodyJson()
			.extractingPath("$.hits.totalItems").isEqualTo(0);
	}

	@Test
	void badInputOnThePageIsExplainedBesideTheForm() {
		assertThat(get("/search?q=" + "غزة ".repeat(100), "en")).hasStatusOk().bodyText()
			.contains("we searched for its first 200 characters");
		assertThat(get("/search?q=!!!", "ar")).hasStatus(400).bodyText().contains("لا توجد في نص البحث كلمة");
		assertThat(get("/search?q=غزة&governorate=99", "en")).hasStatus(400).bodyText()
			.contains("Unknown filter value: 99");
		assertThat(get("/search?q=غزة&page=500", "en")).hasStatus(400).bodyText().contains("There is no page 501")
			.contains("Go to the last page");
		assertThat(get("/search?q=غزة&page=x", "en")).hasStatus(400).bodyText().contains("not valid");
		assertThat(get("/search?q=زززززززززززز", "ar")).hasStatusOk().bodyText().contains("لم نجد شيئًا");
	}

	@Test
	void theLayoutOffersSearchOnEveryPage() {
		assertThat(get("/", "ar")).hasStatusOk().bodyText().contains("action=\"/search\"");
	}
}
