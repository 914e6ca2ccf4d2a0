package ps.rasd.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public pages on a phone (412 × 915), in Arabic and English: nothing scrolls sideways, the header folds into a
 * menu that opens, and every radio, checkbox, button and select is a target of at least 24 × 24 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rasd.demo=true")
@ActiveProfiles("test")
class PhoneLayoutBrowserTests {

	private static final List<String> PAGES = List.of("/", "/governorates", "/governorates/50", "/facilities",
			"/authorities", "/sectors", "/findings", "/search?q=%D8%A7%D9%84%D8%AE%D9%84%D9%8A%D9%84", "/dashboards",
			"/map", "/opinion-polls", "/complaint", "/login");

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = Browser.start();
		browser.manage().window().setSize(new Dimension(412, 915));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void everyPublicPageFitsAPhoneInBothLanguages() {
		List<String> problems = new ArrayList<>();
		for (String language : List.of("ar", "en")) {
			browser.manage().deleteAllCookies();
			browser.get("http://localhost:" + port + "/?lang=" + language);
			for (String page : PAGES) {
				browser.get("http://localhost:" + port + page);
				String where = language + " " + page;
				@SuppressWarnings("unchecked")
				Map<String, Object> layout = (Map<String, Object>) browser.executeScript("""
						const header = document.querySelector('.site-header');
						const nav = document.querySelector('.site-nav');
						const small = [...document.querySelectorAll(
								'main input[type=radio], main input[type=checkbox], main button, main select, main input[type=submit]')]
							.filter(e => e.offsetParent !== null)
							.map(e => e.getBoundingClientRect())
							.filter(r => r.width < 24 || r.height < 24).length;
						return { scroll: document.documentElement.scrollWidth - window.innerWidth,
							header: header.getBoundingClientRect().height,
							navShown: nav.offsetParent !== null, small: small };""");
				if (((Number) layout.get("scroll")).intValue() > 0) {
					problems.add(where + ": scrolls sideways by " + layout.get("scroll") + " px");
				}
				if (((Number) layout.get("header")).doubleValue() > 200) {
					problems.add(where + ": the header takes " + layout.get("header") + " px");
				}
				if ((Boolean) layout.get("navShown")) {
					problems.add(where + ": the menu is open before it is asked for");
				}
				if (((Number) layout.get("small")).intValue() > 0) {
					problems.add(where + ": " + layout.get("small") + " controls smaller than 24 px");
				}
			}
			Browser.screenshot(browser, "phone-" + language + "-last");
		}
		assertThat(problems).isEmpty();

		browser.get("http://localhost:" + port + "/");
		browser.findElement(By.cssSelector(".menu-button")).click();
		assertThat(browser.findElement(By.cssSelector(".site-nav")).isDisplayed()).as("the menu opens").isTrue();
		assertThat(browser.findElement(By.cssSelector(".site-nav a[href='/findings']")).isDisplayed()).isTrue();
		Browser.screenshot(browser, "phone-menu-open");
	}
}
