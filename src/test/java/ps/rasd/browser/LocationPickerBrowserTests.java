package ps.rasd.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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

import ps.rasd.cases.CaseQueue;
import ps.rasd.registry.FacilityQuery;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.RasdProperties;
import ps.rasd.support.Principals;

/**
 * "Use my location" on a phone: the complaint form fills the coordinates, proposes the governorate and lists the
 * nearest facilities, and the reporter files the complaint about the one they pick; a visit's location question fills
 * itself the same way and names the facilities around; the map picker takes a tap as the point.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rasd.demo=true")
@ActiveProfiles("test")
class LocationPickerBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	RasdProperties properties;

	@Autowired
	RegistryManagement registry;

	@Autowired
	CaseQueue cases;

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
	void aReporterUsesTheirLocationAndPicksTheFacilityNearby() {
		FacilitySummary clinic = locatedHebronClinic();
		standAt(clinic.latitude() + 0.001, clinic.longitude());
		browser.get(url("/complaint"));
		WebElement useLocation = browser.findElement(By.cssSelector("[data-use-location]"));
		assertThat(useLocation.isDisplayed()).as("shown where the script runs").isTrue();
		click(useLocation);
		WebElement choice = new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("[data-nearby] input[name=facilityId][value='" + clinic.id() + "']")));
		assertThat(browser.findElement(By.id("latitude")).getAttribute("value")).startsWith("31.");
		assertThat(browser.findElement(By.id("governorateCode")).getAttribute("value")).isEqualTo("50");
		assertThat(browser.findElement(By.cssSelector("[data-nearby]")).getText()).contains(clinic.name().ar());
		click(choice);
		assertThat(browser.findElement(By.id("sectorCode")).getAttribute("value")).isEqualTo(clinic.sectorCode());
		Browser.screenshot(browser, "complaint-location-ar-phone");

		browser.findElement(By.id("title")).sendKeys("الانتظار طويل عند الباب");
		browser.findElement(By.id("description")).sendKeys("انتظرنا ساعتين قبل أن يفتح المركز أبوابه صباح الأحد.");
		browser.findElement(By.id("name")).sendKeys("هدى");
		Browser.navigate(browser, By.cssSelector("form.stack > button[type=submit]"));
		assertThat(browser.getCurrentUrl()).endsWith("/complaint/received");
		assertThat(cases.openAt(clinic.id(), Principals.admin())).extracting(c -> c.title())
			.contains("الانتظار طويل عند الباب");
	}

	@Test
	void theMapPickerTakesATapAsThePoint() {
		browser.get(url("/complaint"));
		click(browser.findElement(By.cssSelector("[data-pick-on-map]")));
		WebElement map = new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-map].leaflet-container")));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", map);
		new org.openqa.selenium.interactions.Actions(browser).moveToElement(map, 10, 10).click().perform();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> !d.findElement(By.id("latitude")).getAttribute("value").isEmpty());
		assertThat(browser.findElement(By.id("longitude")).getAttribute("value")).matches("3[45]\\.\\d{5}");
	}

	@Test
	void aVisitsLocationQuestionFillsItselfAndNamesTheFacilitiesAround() throws Exception {
		FacilitySummary clinic = locatedHebronClinic();
		signIn("monitor");
		browser.get(url("/facilities/" + clinic.id()));
		Browser.navigate(browser, By.cssSelector(".monitoring-section form button[type=submit]"));
		standAt(clinic.latitude(), clinic.longitude() + 0.001);
		WebElement question = browser.findElement(By.cssSelector("[data-question=location]"));
		click(question.findElement(By.cssSelector("[data-use-location]")));
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(d -> !d.findElement(By.id("a-location")).getAttribute("value").isEmpty());
		assertThat(browser.findElement(By.id("a-location")).getAttribute("value")).matches("31\\.\\d{5} 35\\.\\d{5}");
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions
			.textToBePresentInElement(question.findElement(By.cssSelector("[data-nearby]")), clinic.name().ar()));
		Browser.screenshot(browser, "visit-location-ar-phone");
	}

	private FacilitySummary locatedHebronClinic() {
		List<FacilitySummary> found = registry.facilities(new FacilityQuery("50", "HEALTH", null, null, null), 0, 50)
			.items();
		return found.stream().filter(f -> f.latitude() != null).findFirst().orElseThrow();
	}

	private void standAt(double latitude, double longitude) {
		browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", url(""), "permissions",
				List.of("geolocation")));
		browser.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", latitude, "longitude",
				longitude, "accuracy", 10));
	}

	private void click(WebElement element) {
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private void signIn(String username) throws Exception {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(demoPasswords().get(username));
		Browser.navigate(browser, By.cssSelector("form.stack button[type=submit]"));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private Map<String, String> demoPasswords() throws Exception {
		return Browser.demoPasswords(properties.dataDir());
	}
}
