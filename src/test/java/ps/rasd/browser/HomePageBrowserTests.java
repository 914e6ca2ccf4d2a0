package ps.rasd.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.shared.RasdProperties;

/** A newcomer's first minutes, in a real browser: Arabic home page, English switch, signing in, the governorates. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rasd.demo=true")
@ActiveProfiles("test")
class HomePageBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	RasdProperties properties;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private WebElement html() {
		return browser.findElement(By.tagName("html"));
	}

	@Test
	void aNewcomerSeesArabicSwitchesToEnglishSignsInAndSeesTheGovernorates() throws Exception {
		browser.manage().deleteAllCookies();
		browser.get(url("/"));
		assertThat(html().getAttribute("lang")).isEqualTo("ar");
		assertThat(html().getAttribute("dir")).isEqualTo("rtl");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("رصد الخدمات العامة في فلسطين");
		assertThat(browser.findElement(By.cssSelector(".demo-banner")).getText()).contains("وهمية");
		WebElement brand = browser.findElement(By.cssSelector(".brand"));
		WebElement tools = browser.findElement(By.cssSelector(".site-tools"));
		assertThat(brand.getRect().getX()).as("the brand starts on the right in Arabic")
			.isGreaterThan(tools.getRect().getX());
		Browser.screenshot(browser, "home-ar");

		Browser.navigate(browser, By.cssSelector("a.lang-switch"));
		assertThat(html().getAttribute("lang")).isEqualTo("en");
		assertThat(html().getAttribute("dir")).isEqualTo("ltr");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Monitoring public services in Palestine");
		assertThat(browser.findElement(By.cssSelector(".brand")).getRect().getX())
			.isLessThan(browser.findElement(By.cssSelector(".site-tools")).getRect().getX());
		Browser.screenshot(browser, "home-en");

		browser.get(url("/"));
		assertThat(html().getAttribute("dir")).as("the choice is remembered").isEqualTo("ltr");
		Browser.navigate(browser, By.cssSelector("a.lang-switch"));
		assertThat(html().getAttribute("dir")).isEqualTo("rtl");

		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("coordinator");
		browser.findElement(By.id("password")).sendKeys("certainly not the password");
		Browser.navigate(browser, By.cssSelector("form.stack button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("تعذّر تسجيل الدخول");
		assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo("coordinator");
		Browser.screenshot(browser, "login-failed-ar");

		browser.findElement(By.id("password")).sendKeys(demoPasswords().get("coordinator"));
		Browser.navigate(browser, By.cssSelector("form.stack button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector(".site-tools .who")).getText()).contains("منسّقة الخليل");

		Browser.navigate(browser, By.linkText("المحافظات"));
		assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(16);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("الخليل", "بيت لحم", "غزة");
		Browser.screenshot(browser, "governorates-ar");

		Browser.navigate(browser, By.linkText("الخليل"));
		browser.findElement(By.id("q")).sendKeys("دُورا");
		Browser.navigate(browser, By.cssSelector("form.search button"));
		assertThat(browser.findElement(By.cssSelector("#places tbody")).getText()).contains("دورا");
		Browser.screenshot(browser, "hebron-places-ar");
	}

	private Map<String, String> demoPasswords() throws Exception {
		return Browser.demoPasswords(properties.dataDir());
	}
}
