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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.shared.RasdProperties;

/**
 * On a phone: a young person applies on the public form; the Hebron coordinator approves them into the Hebron youth
 * branch; they appear in the branch and in a segment of law students; an administrator convenes a general assembly,
 * attendance is taken at the door by name, the quorum is reached and a decision is recorded with an owner.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rasd.demo=true")
@ActiveProfiles("test")
class NetworkBrowserTests {

	private static final String APPLICANT = "جنى إبراهيم البرغوثي";

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	RasdProperties properties;

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
	void fromThePublicApplicationToADecisionOfTheGeneralAssembly() throws Exception {
		browser.get(url("/join"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		browser.findElement(By.id("nameAr")).sendKeys(APPLICANT);
		new Select(browser.findElement(By.id("governorateCode"))).selectByValue("50");
		browser.findElement(By.id("fieldOfStudy")).sendKeys("القانون");
		browser.findElement(By.id("phone")).sendKeys("٠٥٩٩٨٧٦٥٤٣");
		click(browser.findElement(By.name("consent")));
		Browser.screenshot(browser, "network-join-ar-phone");
		Browser.navigate(browser, By.cssSelector("form.stack button[type=submit]"));
		assertThat(browser.getCurrentUrl()).endsWith("/join/thanks");

		signIn("coordinator");
		browser.get(url("/network/applications"));
		WebElement application = browser.findElements(By.cssSelector("ul.applications li")).stream()
			.filter(li -> li.getText().contains(APPLICANT)).findFirst().orElseThrow();
		new Select(application.findElement(By.name("governorate"))).selectByValue("50");
		click(application.findElement(By.cssSelector("button.button")));
		waitFor(() -> browser.getCurrentUrl().endsWith("/network/applications")
				&& !browser.getPageSource().contains(APPLICANT));

		browser.get(url("/network/branches/50"));
		assertThat(browser.findElement(By.cssSelector("ul.members")).getText()).contains(APPLICANT);

		browser.get(url("/network/groups"));
		browser.findElement(By.id("groupName")).sendKeys("طلاب القانون في فرع الخليل");
		click(browser.findElement(By.name("segment")));
		new Select(browser.findElement(By.id("segGov"))).selectByValue("50");
		new Select(browser.findElement(By.id("segBody"))).selectByValue("YOUTH_BRANCH");
		browser.findElement(By.id("segField")).sendKeys("قانون");
		Browser.navigate(browser, By.cssSelector("form.stack button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector("ul.members")).getText()).contains(APPLICANT);
		Browser.screenshot(browser, "network-segment-ar-phone");
		signOut();

		signIn("admin");
		browser.get(url("/network/meetings"));
		WebElement share = browser.findElement(By.name("quorumShare"));
		share.clear();
		share.sendKeys("0.02");
		Browser.navigate(browser, By.cssSelector("form.inline-form button[type=submit]"));
		new Select(browser.findElement(By.id("body"))).selectByValue("GENERAL_ASSEMBLY");
		browser.findElement(By.id("title")).sendKeys("الهيئة العامة الاستثنائية");
		browser.executeScript("document.getElementById('heldAt').value = '2027-01-15T17:00'");
		browser.findElement(By.id("agenda")).sendKeys("إقرار النظام الداخلي");
		Browser.navigate(browser, By.cssSelector("form.stack button[type=submit]"));
		assertThat(browser.findElement(By.id("quorum")).getText()).contains("النصاب غير مكتمل");

		for (String name : List.of(APPLICANT, "تجريبي")) {
			browser.get(browser.getCurrentUrl().replaceAll("[?#].*$", ""));
			WebElement search = browser.findElement(By.id("q"));
			search.sendKeys(name.split(" ")[0]);
			waitFor(() -> !browser.findElements(By.cssSelector("#attendees li form")).isEmpty());
			int before = browser.findElements(By.cssSelector("#attendees li form")).size();
			click(browser.findElement(By.cssSelector("#attendees li form button")));
			waitFor(() -> browser.findElements(By.cssSelector("#attendees li form")).size() < before);
		}
		Browser.screenshot(browser, "network-door-ar-phone");
		browser.navigate().refresh();
		waitFor(() -> browser.findElement(By.id("quorum")).getText().contains("النصاب مكتمل"));

		browser.findElement(By.id("decisionText")).sendKeys("تشكيل لجنة لصياغة النظام الداخلي");
		new Select(browser.findElement(By.id("owner"))).selectByVisibleText(APPLICANT);
		browser.executeScript("document.getElementById('dueOn').value = '2027-03-01'");
		Browser.navigate(browser, By.cssSelector("form[action$='/decisions'] button[type=submit]"));
		browser.get(url("/network/decisions"));
		assertThat(browser.findElement(By.tagName("table")).getText()).contains("تشكيل لجنة لصياغة النظام الداخلي")
			.contains(APPLICANT);
		Browser.screenshot(browser, "network-decisions-ar-phone");
	}

	private void click(WebElement element) {
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private void waitFor(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> condition.getAsBoolean());
	}

	private void signIn(String username) throws Exception {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(demoPasswords().get(username));
		Browser.navigate(browser, By.cssSelector("form.stack button[type=submit]"));
	}

	private void signOut() {
		browser.manage().deleteAllCookies();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private Map<String, String> demoPasswords() throws Exception {
		return Browser.demoPasswords(properties.dataDir());
	}
}
