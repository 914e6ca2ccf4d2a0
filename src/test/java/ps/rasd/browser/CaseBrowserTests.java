package ps.rasd.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The whole loop of a case in a real browser, in Arabic: a citizen files a complaint without an account, the
 * coordinator verifies and refers it, the authority replies through the link of the referral letter that the problem
 * is fixed, the coordinator publishes the reply and sends the demo monitor, who confirms the fix; the citizen's
 * tracking link shows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rasd.demo=true")
@ActiveProfiles("test")
class CaseBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	RasdProperties properties;

	@Autowired
	ps.rasd.identity.IdentityManagement identity;

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
	void fromAPublicComplaintToAConfirmedFix() throws Exception {
		browser.get(url("/complaint"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		browser.findElement(By.id("title")).sendKeys("انقطاع المياه عن حي الحاووز");
		browser.findElement(By.id("description")).sendKeys("المياه مقطوعة منذ عشرة أيام والأهالي يشترون الصهاريج.");
		new Select(browser.findElement(By.id("sectorCode"))).selectByValue("WATER");
		new Select(browser.findElement(By.id("governorateCode"))).selectByValue("50");
		browser.findElement(By.id("place")).sendKeys("دورا");
		browser.findElement(By.id("name")).sendKeys("هدى");
		Browser.screenshot(browser, "complaint-form-ar-phone");
		Browser.navigate(browser, By.cssSelector("form.stack button[type=submit]"));
		String received = browser.findElement(By.cssSelector(".reference")).getText();
		Matcher m = Pattern.compile("RSD-\\d{4}-\\d{6}").matcher(received);
		assertThat(m.find()).isTrue();
		String ref = m.group();
		String tracking = browser.findElement(By.cssSelector("a.secret")).getAttribute("href");
		Browser.screenshot(browser, "complaint-received-ar");

		signIn("coordinator");
		browser.get(url("/cases/" + ref));
		act("VERIFY");
		act("REFER");
		assertThat(browser.findElement(By.cssSelector(".status")).getText()).isEqualTo("محالة إلى الجهة المسؤولة");
		browser.get(url("/cases/" + ref + "/letter"));
		String replyLink = browser.findElement(By.cssSelector("a.secret")).getAttribute("href");
		Browser.screenshot(browser, "referral-letter-ar");
		signOut();

		browser.get(replyLink);
		browser.findElement(By.cssSelector("input[name=kind][value=REPLY_RESOLVED]")).click();
		browser.findElement(By.id("message")).sendKeys("أصلحنا الخط الرئيسي وعادت المياه.");
		Browser.screenshot(browser, "authority-reply-ar");
		Browser.navigate(browser, By.cssSelector("form.stack button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("وصل ردكم");

		signIn("coordinator");
		browser.get(url("/cases/" + ref));
		assertThat(browser.findElement(By.cssSelector(".status")).getText()).isEqualTo("أفادت الجهة بالحل");
		Browser.navigate(browser, By.cssSelector(".replies button[value=APPROVED]"));
		new Select(browser.findElement(By.id("monitorId"))).selectByValue(
				String.valueOf(identity.account("monitor").orElseThrow().id()));
		Browser.navigate(browser, By.cssSelector(".follow-up button[type=submit]"));
		signOut();

		signIn("monitor");
		browser.get(url("/cases"));
		assertThat(browser.findElement(By.cssSelector(".follow-ups")).getText()).contains(ref);
		browser.get(url("/cases/" + ref));
		act("CONFIRM_FIX");
		assertThat(browser.findElement(By.cssSelector(".status")).getText()).isEqualTo("تأكد الحل");
		Browser.screenshot(browser, "case-confirmed-ar");
		signOut();

		browser.get(tracking);
		assertThat(browser.findElement(By.cssSelector(".status")).getText()).contains("تأكد الحل");
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("أفادت الجهة بأن المشكلة حُلّت")
			.doesNotContain("هدى");
	}

	@Test
	void theTrackingLinkIsCopiedAndSharedFromItsPage() {
		// the phone's share sheet and clipboard, recorded instead of opened (a headless browser has neither)
		Map<String, Object> stub = browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
				"window.__shared = []; window.__copied = [];"
						+ "Object.defineProperty(navigator, 'share', {configurable: true, value: function (d) {"
						+ " window.__shared.push(d); return Promise.resolve(); }});"
						+ "Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText:"
						+ " function (t) { window.__copied.push(t); return Promise.resolve(); }}});"));
		try {
			browser.get(url("/complaint"));
			browser.findElement(By.id("title")).sendKeys("عمود كهرباء مائل فوق المدرسة");
			browser.findElement(By.id("description")).sendKeys("العمود يميل منذ العاصفة ويخشى الأهالي سقوطه.");
			new Select(browser.findElement(By.id("sectorCode"))).selectByValue("ELECTRICITY");
			new Select(browser.findElement(By.id("governorateCode"))).selectByValue("50");
			Browser.navigate(browser, By.cssSelector("form.stack button[type=submit]"));
			String tracking = browser.findElement(By.cssSelector("a.secret")).getAttribute("href");

			browser.get(tracking);
			String link = browser.findElement(By.id("tracking-link")).getAttribute("value");
			// the site's configured address (not the test's random port) with the same personal path
			assertThat(link).endsWith(URI.create(tracking).getPath());
			WebElement copy = browser.findElement(By.cssSelector("[data-copy=tracking-link]"));
			WebElement share = browser.findElement(By.cssSelector("[data-share=tracking-link]"));
			assertThat(copy.isDisplayed()).as("the copy button shows where the browser can copy").isTrue();
			assertThat(share.isDisplayed()).as("the share button shows where the phone can share").isTrue();
			copy.click();
			new WebDriverWait(browser, Duration.ofSeconds(5))
				.until(d -> !browser.findElement(By.cssSelector("[data-copy-status]")).getText().isBlank());
			assertThat(browser.findElement(By.cssSelector("[data-copy-status]")).getText()).isEqualTo("نُسخ الرابط.");
			assertThat(browser.executeScript("return window.__copied")).isEqualTo(List.of(link));
			share.click();
			new WebDriverWait(browser, Duration.ofSeconds(5))
				.until(d -> ((List<?>) browser.executeScript("return window.__shared")).size() == 1);
			@SuppressWarnings("unchecked")
			Map<String, Object> shared = (Map<String, Object>) ((List<?>) browser
				.executeScript("return window.__shared")).get(0);
			assertThat(shared).containsEntry("url", link);
			assertThat((String) shared.get("title")).contains("RSD-");
		}
		finally {
			browser.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier",
					stub.get("identifier")));
		}
	}

	private void act(String action) {
		WebElement summary = browser.findElement(By.xpath(
				"//form[input[@name='action' and @value='" + action + "']]/parent::details/summary"));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", summary);
		summary.click();
		Browser.navigate(browser, By.xpath("//form[input[@name='action' and @value='" + action + "']]//button[@type='submit']"));
	}

	private void signIn(String username) throws Exception {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(demoPasswords().get(username));
		Browser.navigate(browser, By.cssSelector("form.stack button[type=submit]"));
	}

	private void signOut() {
		Browser.signOut(browser);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private Map<String, String> demoPasswords() throws Exception {
		return Browser.demoPasswords(properties.dataDir());
	}
}
