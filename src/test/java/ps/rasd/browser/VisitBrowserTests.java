package ps.rasd.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.registry.FacilityQuery;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.RasdProperties;

/** The demo monitor fills and submits a visit in Arabic on a phone-sized screen; the demo coordinator approves it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rasd.demo=true")
@ActiveProfiles("test")
class VisitBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	RasdProperties properties;

	@Autowired
	RegistryManagement registry;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = Browser.start();
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(412, 915));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theMonitorSubmitsAVisitAndTheCoordinatorApprovesIt() throws Exception {
		long facility = registry.facilities(new FacilityQuery("50", "HEALTH", "PRIMARY_HEALTH_CENTRE", null, null), 0, 1)
			.items().get(0).id();
		signIn("monitor");
		browser.get(url("/facilities/" + facility));
		Browser.navigate(browser, By.cssSelector(".monitoring-section form button[type=submit]"));
		assertThat(browser.getCurrentUrl()).contains("/visits/").endsWith("/edit");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		WebElement closedReason = browser.findElement(By.cssSelector("[data-question=closed_reason]"));
		assertThat(closedReason.isDisplayed()).isFalse();

		setValue("a-visit_date", "2026-11-28");
		setValue("a-arrival_time", "08:15");
		choose("open_on_arrival", "no");
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOf(closedReason));
		browser.findElement(By.id("a-closed_reason")).sendKeys("كان الباب مغلقاً حتى التاسعة");
		browser.findElement(By.id("a-wait_minutes")).sendKeys("٤٥");
		choose("essential_medicines", "some");
		choose("missing_medicines", "insulin");
		choose("cleanliness_rating", "3");
		choose("toilets_working", "no");
		choose("staff_attitude", "4");
		choose("doctor_present", "yes");
		choose("ramp", "no");
		choose("accessible_toilet", "no");
		Browser.screenshot(browser, "visit-form-ar-phone");
		Browser.navigate(browser, By.cssSelector("button[value=submit]"));
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("أُرسلت الزيارة");
		String visitUrl = browser.getCurrentUrl();
		Browser.screenshot(browser, "visit-submitted-ar");
		Browser.signOut(browser);

		signIn("coordinator");
		browser.get(visitUrl);
		Browser.navigate(browser, By.cssSelector("button[value=APPROVE]"));
		assertThat(browser.findElement(By.cssSelector(".status")).getText()).isEqualTo("معتمدة");
		browser.get(url("/facilities/" + facility));
		assertThat(browser.findElements(By.cssSelector("#score-history tbody tr"))).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("#indicator-history thead th[data-series]"))).hasSize(6);
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2200));
		Browser.screenshot(browser, "facility-scores-ar");
	}

	private void signIn(String username) throws Exception {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(demoPasswords().get(username));
		Browser.navigate(browser, By.cssSelector("form.stack button[type=submit]"));
	}

	private void choose(String question, String value) {
		WebElement input = browser.findElement(By.cssSelector("input[name='a." + question + "'][value='" + value + "']"));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
		input.click();
	}

	private void setValue(String id, String value) {
		WebElement input = browser.findElement(By.id(id));
		browser.executeScript("arguments[0].value = arguments[1];"
				+ "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input, value);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private Map<String, String> demoPasswords() throws Exception {
		return Browser.demoPasswords(properties.dataDir());
	}
}
