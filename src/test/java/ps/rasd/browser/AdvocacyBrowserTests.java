package ps.rasd.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
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
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.advocacy.AdvocacyFixtures;
import ps.rasd.advocacy.CampaignManagement;
import ps.rasd.advocacy.PositionPapers;
import ps.rasd.cases.CaseIntake;
import ps.rasd.cases.CasePublication;
import ps.rasd.cases.CaseQueue;
import ps.rasd.cases.CaseWorkflow;
import ps.rasd.forms.FormsManagement;
import ps.rasd.network.NetworkManagement;
import ps.rasd.network.PersonDetails;
import ps.rasd.polls.PollFieldwork;
import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollPublication;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.Formats;
import ps.rasd.shared.RasdProperties;
import ps.rasd.shared.Tier;
import ps.rasd.support.MovableClock;
import ps.rasd.support.PdfChecks;
import ps.rasd.support.Principals;

/**
 * A campaign on water services in Hebron: the analyst cites a published poll result, the water department's
 * scorecard and two verified cases from the search box, writes a position paper and prints it (the figures are in
 * the PDF), records a meeting where the director commits to a date; the date passes (the application's clock is
 * moved) and the commitment is overdue on the scorecard; it is marked kept with a source. The campaign is published;
 * one cited case is then made private: it leaves the public page and stays on the desk.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rasd.demo=true")
@ActiveProfiles("test")
@Import(MovableClock.Config.class)
class AdvocacyBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	RasdProperties properties;

	@Autowired
	MovableClock clock;

	@Autowired
	RegistryManagement registry;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseWorkflow workflow;

	@Autowired
	CasePublication publication;

	@Autowired
	CaseQueue queue;

	@Autowired
	PollManagement polls;

	@Autowired
	FormsManagement forms;

	@Autowired
	PollFieldwork fieldwork;

	@Autowired
	PollPublication pollPublication;

	@Autowired
	CampaignManagement campaigns;

	@Autowired
	PositionPapers papers;

	@Autowired
	NetworkManagement network;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = Browser.start();
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void fromTheEvidenceToAKeptCommitmentAndAWithheldCitation() throws Exception {
		var point = AdvocacyFixtures.hebronWaterPoint(registry);
		String department = registry.authority(point.authorityId()).name().ar();
		String first = AdvocacyFixtures.publishedCase(intake, workflow, publication, point, "انقطاع المياه عن حي الحاووز");
		String second = AdvocacyFixtures.publishedCase(intake, workflow, publication, point, "ضعف ضخ المياه في حي الشيخ");
		var poll = AdvocacyFixtures.publishedPoll(polls, forms, fieldwork, pollPublication);

		signIn("analyst");
		browser.get(url("/advocacy/campaigns/new"));
		browser.findElement(By.id("slug")).sendKeys("water-hebron-" + System.nanoTime() % 100000);
		browser.findElement(By.id("titleAr")).sendKeys("مياه منتظمة في الخليل");
		browser.findElement(By.id("goalAr")).sendKeys("جدول ضخ منشور وملزم في أحياء الخليل");
		browser.findElement(By.id("governorateCode")).sendKeys("50");
		new Select(browser.findElement(By.id("sectorCode"))).selectByValue("WATER");
		click(browser.findElement(By.id("scorecardPublic")));
		Browser.navigate(browser, By.cssSelector("section.editor form[method=post] button[type=submit]"));
		String desk = browser.getCurrentUrl().replaceAll("[#?].*$", "");
		assertThat(desk).matches(".*/advocacy/campaigns/\\d+");

		cite(first, "CASE", first);
		cite(second, "CASE", second);
		cite(department, "SCORECARD", String.valueOf(point.authorityId()));
		cite(poll.code(), "POLL", poll.code() + "/free_expression/yes");
		var citations = browser.findElements(By.cssSelector("ol.citations li"));
		assertThat(citations).hasSize(4);
		String pollFigure = citations.get(3).findElement(By.tagName("div")).getText();
		Browser.screenshot(browser, "advocacy-evidence-ar");

		Browser.navigate(browser, By.linkText("ورقة جديدة"));
		browser.findElement(By.id("title")).sendKeys("ورقة موقف: المياه في الخليل");
		browser.findElement(By.id("body")).sendKeys("# المشكلة\nالمياه مقطوعة [1] وضعيفة [2]، والدائرة لا ترد [3].\n\n"
				+ "# رأي الشباب\nيرى الشباب أن التعبير مقيد [4].");
		Browser.navigate(browser, By.cssSelector("section.editor form[method=post] button[type=submit]"));
		long paperId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/advocacy/papers/(\\d+).*", "$1"));
		assertThat(browser.findElements(By.cssSelector("ol.footnotes li"))).hasSize(4);
		String pdf = PdfChecks.text(papers.pdf(paperId, Principals.analyst()));
		assertThat(pdf).contains("انقطاع المياه عن حي الحاووز", "ضعف ضخ المياه في حي الشيخ", department);
		String share = pollFigure.replaceAll(".*: (.*) \\(.*", "$1");
		assertThat(pdf).contains(PdfChecks.normalize(share).strip());

		long director = network.create(PersonDetails.named("هالة الجعبري", "50"), Principals.coordinator("50")).id()
			.value();
		browser.get(desk);
		// the director is found by name as one types (htmx) and ticked as one of the people met
		browser.findElement(By.id("met")).sendKeys("الجعبري");
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(d -> !d.findElements(By.cssSelector("#people-picks input[value='" + director + "']")).isEmpty());
		click(browser.findElement(By.cssSelector("#people-picks input[value='" + director + "']")));
		LocalDate today = LocalDate.ofInstant(clock.instant(), Formats.ZONE);
		setValue("meeting-date", today.toString());
		browser.findElement(By.id("meeting-place")).sendKeys("مقر دائرة المياه");
		// the body met is found by name too (htmx), a choice of the meeting form; the people ticked stay ticked
		browser.findElement(By.id("body-q")).sendKeys(department);
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("pick-body-"
				+ point.authorityId())).isEmpty());
		click(browser.findElement(By.id("pick-body-" + point.authorityId())));
		browser.findElement(By.id("meeting-evidence")).sendKeys("1, 2, 3");
		Browser.navigate(browser, By.cssSelector("#meeting-form button[type=submit]"));
		new Select(browser.findElement(By.id("commitment-person"))).selectByVisibleText("هالة الجعبري");
		browser.findElement(By.id("commitment-maker")).sendKeys("مدير دائرة المياه");
		browser.findElement(By.id("commitment-promise")).sendKeys("نشر جدول الضخ على موقع الدائرة");
		setValue("commitment-due", today.plusDays(3).toString());
		Browser.navigate(browser, By.cssSelector("#commitment-form button[type=submit]"));
		assertThat(browser.findElements(By.cssSelector("tr[data-commitment] .overdue"))).isEmpty();

		clock.advance(Duration.ofDays(5));
		browser.get(desk);
		assertThat(browser.findElement(By.cssSelector("tr[data-commitment]")).getText()).contains("متأخر");
		WebElement row = browser.findElement(By.cssSelector("table.scorecard tr[data-key^=authority]"));
		assertThat(row.findElement(By.cssSelector("td.overdue")).getText()).isEqualTo("١");
		Browser.screenshot(browser, "advocacy-overdue-ar");

		WebElement commitment = browser.findElement(By.cssSelector("tr[data-commitment]"));
		new Select(commitment.findElement(By.name("status"))).selectByValue("KEPT");
		commitment.findElement(By.name("source")).sendKeys("الجدول منشور على موقع الدائرة، ٢٠٢٦");
		Browser.navigate(browser, By.cssSelector("tr[data-commitment] button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector("tr[data-commitment]")).getText()).contains("وُفِّي به")
			.doesNotContain("متأخر");
		WebElement kept = browser.findElement(By.cssSelector("table.scorecard tr[data-key^=authority]"));
		assertThat(kept.findElements(By.tagName("td")).get(2).getText()).isEqualTo("١");

		Browser.navigate(browser, By.cssSelector("form[action$=publish] button"));
		String publicPage = browser.findElement(By.linkText("الصفحة العامة")).getAttribute("href");
		Browser.signOut(browser);
		browser.get(publicPage);
		assertThat(browser.getPageSource()).contains("انقطاع المياه عن حي الحاووز", "ضعف ضخ المياه في حي الشيخ")
			.doesNotContain(department + "</a>");

		var summary = queue.byReference(second, Principals.coordinator("50"));
		publication.publication(second, summary.version(), Tier.INTERNAL, null, null, null, Principals.coordinator("50"));
		browser.get(publicPage);
		assertThat(browser.getPageSource()).contains("انقطاع المياه عن حي الحاووز")
			.doesNotContain("ضعف ضخ المياه في حي الشيخ", second);
		Browser.screenshot(browser, "advocacy-public-ar");

		signIn("analyst");
		browser.get(desk);
		WebElement withheld = browser.findElements(By.cssSelector("ol.citations li")).stream()
			.filter(li -> second.equals(li.getAttribute("data-ref"))).findFirst().orElseThrow();
		assertThat(withheld.getText()).contains("ضعف ضخ المياه في حي الشيخ", "يُحجب عن الصفحة العامة");
	}

	/** Searches the evidence base's box and cites the result of that kind and reference. */
	private void cite(String query, String kind, String ref) {
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
			d.findElement(By.id("q")).clear();
			d.findElement(By.id("q")).sendKeys(query);
			Browser.navigate(browser, By.cssSelector("#evidence-search button"));
			return !d.findElements(By.cssSelector("ul.found input[name=ref][value='" + ref + "']")).isEmpty();
		});
		WebElement form = browser.findElements(By.cssSelector("ul.found form")).stream()
			.filter(f -> f.findElement(By.name("kind")).getAttribute("value").equals(kind)
					&& f.findElement(By.name("ref")).getAttribute("value").equals(ref))
			.findFirst().orElseThrow();
		click(form.findElement(By.tagName("button")));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> d.findElements(By.cssSelector("ol.citations li[data-ref='" + ref + "']")).size() == 1);
	}

	/** A date input's value, set as the ISO date the form sends (typing follows the browser's locale). */
	private void setValue(String id, String value) {
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
				"document.getElementById(arguments[0]).value = arguments[1];", id, value);
	}

	private void click(WebElement element) {
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
	}

	private void signIn(String username) throws Exception {
		browser.manage().deleteAllCookies();
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
