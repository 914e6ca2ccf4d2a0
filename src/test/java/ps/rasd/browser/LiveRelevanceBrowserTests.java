package ps.rasd.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.forms.FormsManagement;
import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollSummary;
import ps.rasd.registry.FacilityQuery;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.RasdProperties;
import ps.rasd.support.PollFixtures;

/**
 * Questions appear, disappear and stop being required the moment an answer changes, with the browser cut off from the
 * server: on a visit, in the builder's preview and on a poll's respondent page (one script for all three).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rasd.demo=true")
@ActiveProfiles("test")
class LiveRelevanceBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	RasdProperties properties;

	@Autowired
	RegistryManagement registry;

	@Autowired
	FormsManagement forms;

	@Autowired
	PollManagement polls;

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

	@AfterEach
	void online() {
		browser.setNetworkConditions(new ChromiumNetworkConditions());
		browser.manage().deleteAllCookies();
	}

	@Test
	void aVisitFormReactsToEachAnswerOffline() throws Exception {
		long facility = registry.facilities(new FacilityQuery("50", "HEALTH", "PRIMARY_HEALTH_CENTRE", null, null), 0, 1)
			.items().get(0).id();
		signIn("monitor");
		browser.get(url("/facilities/" + facility));
		Browser.navigate(browser, By.cssSelector(".monitoring-section form button[type=submit]"));
		offline();
		assertLiveHealthCentreForm();
	}

	@Test
	void theBuildersPreviewReactsToEachAnswerOffline() throws Exception {
		var form = forms.form("health-centre").orElseThrow();
		long version = form.current().orElseThrow().id();
		signIn("admin");
		browser.get(url("/admin/forms/" + form.id() + "/versions/" + version + "/preview"));
		offline();
		assertLiveHealthCentreForm();
	}

	@Test
	void aPollQuestionAppearsOfflineAndARequiredOneStopsBeingRequired() {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		browser.get(url("/p/" + poll.openLink()));
		offline();
		WebElement other = question("top_problem_other");
		assertThat(other.isDisplayed()).isFalse();
		choose("top_problem", "other");
		assertThat(other.isDisplayed()).as("asked at once, offline").isTrue();
		WebElement answer = question("complaint_answered");
		choose("complained", "yes");
		assertThat(answer.isDisplayed()).isTrue();
		assertThat(input("complaint_answered").getAttribute("aria-required")).isEqualTo("true");
		choose("complained", "no");
		assertThat(answer.isDisplayed()).isFalse();
		assertThat(input("complaint_answered").getAttribute("aria-required")).isNull();
	}

	private void assertLiveHealthCentreForm() {
		WebElement closedReason = question("closed_reason");
		assertThat(closedReason.isDisplayed()).isFalse();
		choose("open_on_arrival", "no");
		assertThat(closedReason.isDisplayed()).as("the follow-up question is asked at once").isTrue();
		choose("open_on_arrival", "yes");
		assertThat(closedReason.isDisplayed()).isFalse();

		WebElement missing = question("missing_medicines");
		choose("essential_medicines", "some");
		assertThat(missing.isDisplayed()).isTrue();
		assertThat(input("missing_medicines").getAttribute("aria-required")).isEqualTo("true");
		choose("essential_medicines", "all");
		assertThat(missing.isDisplayed()).as("a required question that no longer applies goes away").isFalse();
		assertThat(input("missing_medicines").getAttribute("aria-required")).isNull();
		Browser.screenshot(browser, "live-relevance-offline");
	}

	private void offline() {
		ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
		conditions.setOffline(true);
		browser.setNetworkConditions(conditions);
	}

	private WebElement question(String name) {
		return browser.findElement(By.cssSelector("[data-question=" + name + "]"));
	}

	private WebElement input(String name) {
		return browser.findElement(By.cssSelector("input[name='a." + name + "']"));
	}

	private void choose(String question, String value) {
		WebElement input = browser.findElement(By.cssSelector("input[name='a." + question + "'][value='" + value + "']"));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
		input.click();
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
