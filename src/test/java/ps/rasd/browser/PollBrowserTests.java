package ps.rasd.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

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

import ps.rasd.forms.FormsManagement;
import ps.rasd.polls.PollFieldwork;
import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollSummary;
import ps.rasd.support.PollFixtures;
import ps.rasd.support.Principals;

/**
 * A respondent answers a poll through its open link on a phone: a follow-up question appears when its condition
 * holds, what was typed survives a reload before sending, and one response is kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rasd.demo=true")
@ActiveProfiles("test")
class PollBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	PollManagement polls;

	@Autowired
	PollFieldwork fieldwork;

	@Autowired
	FormsManagement forms;

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
	void aRespondentAnswersOnAPhoneAndLosesNothingOnAReload() {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		browser.get(url("/p/" + poll.openLink()));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		WebElement other = browser.findElement(By.cssSelector("[data-question=top_problem_other]"));
		assertThat(other.isDisplayed()).isFalse();

		choose("governorate", "60");
		choose("locality", "camp");
		choose("sex", "female");
		browser.findElement(By.id("a-age")).sendKeys("٢٤");
		choose("top_problem", "other");
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOf(other));
		browser.findElement(By.id("a-top_problem_other")).sendKeys("انقطاع الطرق");

		browser.navigate().refresh();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("[data-question=top_problem_other]")));
		assertThat(browser.findElement(By.id("a-age")).getAttribute("value")).isEqualTo("٢٤");
		assertThat(browser.findElement(By.id("a-top_problem_other")).getAttribute("value")).isEqualTo("انقطاع الطرق");
		assertThat(browser.findElement(By.cssSelector("input[name='a.sex'][value=female]")).isSelected()).isTrue();

		choose("education", "university");
		for (String rating : new String[] { "health_rating", "education_rating", "water_rating", "electricity_rating",
				"municipal_rating" }) {
			choose(rating, "3");
		}
		choose("free_expression", "no");
		choose("complained", "no");
		Browser.screenshot(browser, "poll-respond-ar-phone");
		Browser.navigate(browser, By.cssSelector("#poll-form button[type=submit]"));
		assertThat(browser.getCurrentUrl()).endsWith("/p/thanks");
		assertThat(fieldwork.allResponses(poll.id(), Principals.analyst())).singleElement()
			.satisfies(r -> assertThat(r.answers()).containsEntry("age", "24")
				.containsEntry("top_problem_other", "انقطاع الطرق"));

		browser.get(url("/p/" + poll.openLink()));
		assertThat(browser.findElement(By.id("a-age")).getAttribute("value")).isEmpty();
	}

	private void choose(String question, String value) {
		WebElement input = browser.findElement(By.cssSelector("input[name='a." + question + "'][value='" + value + "']"));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
		input.click();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
