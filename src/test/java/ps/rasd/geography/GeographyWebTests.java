package ps.rasd.geography;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import ps.rasd.support.IntegrationTest;

@IntegrationTest
class GeographyWebTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsTheSixteenGovernoratesInArabic() {
		assertThat(mvc.get().uri("/governorates").exchange()).hasStatusOk().bodyText()
			.contains("الضفة الغربية", "قطاع غزة", "الخليل", "رفح", "جنين", "القدس");
	}

	@Test
	void listsTheGovernoratesInEnglish() {
		assertThat(mvc.get().uri("/governorates").cookie(new Cookie("rasd-lang", "en")).exchange()).bodyText()
			.contains("West Bank", "Gaza Strip", "Hebron", "Rafah", "Khan Yunis");
	}

	@Test
	void aGovernoratePageFindsPlacesWhateverTheSpelling() {
		assertThat(mvc.get().uri("/governorates/50").param("q", "دُورَا").exchange()).hasStatusOk().bodyText()
			.contains("دورا");
		assertThat(mvc.get().uri("/governorates/50").param("q", "Dura").exchange()).bodyText().contains("دورا");
	}

	@Test
	void theApiListsGovernoratesWithCodesAndPopulation() {
		assertThat(mvc.get().uri("/api/v1/governorates").exchange()).hasStatusOk().bodyJson()
			.hasPathSatisfying("$.length()", n -> assertThat(n).asNumber().isEqualTo(16))
			.hasPathSatisfying("$[?(@.code == '50')].ochaPcode", v -> assertThat(v).asArray().containsExactly("PS0150"))
			.hasPathSatisfying("$[?(@.code == '50')].name.ar", v -> assertThat(v).asArray().containsExactly("الخليل"));
	}

	@Test
	void theApiSearchesPlacesWithinAGovernorateAndPages() {
		assertThat(mvc.get().uri("/api/v1/places").param("governorate", "35").param("q", "أريحا").exchange())
			.hasStatusOk().bodyJson()
			.hasPathSatisfying("$.items[0].name.en", v -> assertThat(v).isEqualTo("Jericho"))
			.hasPathSatisfying("$.items[0].governorateCode", v -> assertThat(v).isEqualTo("35"));
		assertThat(mvc.get().uri("/api/v1/places").param("limit", "10").exchange()).bodyJson()
			.hasPathSatisfying("$.items.length()", n -> assertThat(n).asNumber().isEqualTo(10))
			.hasPathSatisfying("$.next", n -> assertThat(n).isNotNull());
	}

	@Test
	void arabicIndicDigitsAreAcceptedAsNumbers() {
		assertThat(mvc.get().uri("/api/v1/places").param("limit", "٥").exchange()).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.items.length()", n -> assertThat(n).asNumber().isEqualTo(5));
		assertThat(mvc.get().uri("/api/v1/places").param("governorate", "٥٠").param("limit", "٣").exchange())
			.hasStatusOk().bodyJson()
			.hasPathSatisfying("$.items[0].governorateCode", v -> assertThat(v).isEqualTo("50"));
	}

	@Test
	void aPageSizePastTheLimitIsAClearProblem() {
		assertThat(mvc.get().uri("/api/v1/places").param("limit", "5000").header("Accept-Language", "en").exchange())
			.hasStatus(422).bodyJson()
			.hasPathSatisfying("$.code", v -> assertThat(v).isEqualTo("paging.invalid"))
			.hasPathSatisfying("$.errors[0].field", v -> assertThat(v).isEqualTo("limit"))
			.hasPathSatisfying("$.errors[0].message", v -> assertThat(v).asString().contains("200"));
	}

	@Test
	void aNonNumericLimitIsAClearProblemInArabic() {
		assertThat(mvc.get().uri("/api/v1/places").param("limit", "abc").header("Accept-Language", "ar").exchange())
			.hasStatus(400).bodyJson()
			.hasPathSatisfying("$.errors[0].field", v -> assertThat(v).isEqualTo("limit"))
			.hasPathSatisfying("$.errors[0].message", v -> assertThat(v).asString().contains("قيمة المعامل limit"));
	}

	@Test
	void anUnknownGovernorateFilterIsNotFound() {
		assertThat(mvc.get().uri("/api/v1/places").param("governorate", "77").exchange()).hasStatus(404);
	}
}
