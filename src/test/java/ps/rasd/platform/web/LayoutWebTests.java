package ps.rasd.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ps.rasd.support.IntegrationTest;

@IntegrationTest
class LayoutWebTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theHomePageIsArabicAndRightToLeftByDefault() {
		MvcTestResult result = mvc.get().uri("/").header("Accept-Language", "en-US").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("<html lang=\"ar\" dir=\"rtl\">")
			.contains("رصد الخدمات العامة في فلسطين")
			.contains("href=\"/lang?to=en&amp;back=%2F\"");
	}

	@Test
	void theChosenLanguageIsRememberedInACookie() {
		MvcTestResult switched = mvc.get().uri("/lang?to=en&back=/governorates").exchange();
		assertThat(switched).hasStatus3xxRedirection().hasRedirectedUrl("/governorates");
		Cookie cookie = switched.getResponse().getCookie("rasd-lang");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isEqualTo("en");
		assertThat(cookie.getMaxAge()).isGreaterThan(30 * 24 * 3600);

		MvcTestResult english = mvc.get().uri("/governorates").cookie(cookie).exchange();
		assertThat(english).bodyText().contains("<html lang=\"en\" dir=\"ltr\">").contains("Governorates")
			.contains(">العربية<");
	}

	@Test
	void theLanguageSwitchNeverLeadsOffSite() {
		assertThat(mvc.get().uri("/lang?to=en&back=//evil.example/x").exchange()).hasRedirectedUrl("/");
		assertThat(mvc.get().uri("/lang?to=en&back=https://evil.example/").exchange()).hasRedirectedUrl("/");
		assertThat(mvc.get().uri("/lang?to=en&back=/\\evil.example").exchange()).hasRedirectedUrl("/");
	}

	@Test
	void anUnknownLanguageFallsBackToArabic() {
		MvcTestResult result = mvc.get().uri("/lang?to=xx&back=/").exchange();
		assertThat(result.getResponse().getCookie("rasd-lang").getValue()).isEqualTo("ar");
	}

	@Test
	void theSwitchLinkKeepsThePageAndItsQuery() {
		MvcTestResult result = mvc.get().uri("/governorates/50?q=دورا&lang=ar").exchange();
		assertThat(result).bodyText().contains("/lang?to=en&amp;back=%2Fgovernorates%2F50%3Fq%3D");
	}

	@Test
	void noDemoBannerOutsideDemoMode() {
		assertThat(mvc.get().uri("/").exchange()).bodyText().doesNotContain("demo-banner");
	}
}
