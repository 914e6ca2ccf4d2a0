package ps.rasd.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.shared.RasdProperties;

/**
 * The whole loop of freedoms documentation in a real browser, in Arabic: someone reports a violation without an
 * account; the demo documenter takes it up, adds a victim (with sealed identity), an act and a consenting source,
 * verifies it and publishes the redacted copy after the preview; the public page and the public figures show the
 * copy and not a byte of the sealed fields.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rasd.demo=true")
@ActiveProfiles("test")
class FreedomsBrowserTests {

	private static final String[] SEALED = { "سعاد الخطيبة", "سعاد", "الخطيبة", "934567812", "0599876543",
			"شارع الشلالة", "مروان الشاهد", "0598765432" };

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	RasdProperties properties;

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
	void fromAPublicReportToAPublishedRedactedCopy() throws Exception {
		browser.get(url("/freedoms/report"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		browser.findElement(By.id("title")).sendKeys("اعتقال صحفية بعد تغطية وقفة");
		new Select(browser.findElement(By.id("eventType"))).selectByValue("ARREST_OVER_OPINION");
		setValue("dateFrom", "2026-11-15");
		new Select(browser.findElement(By.id("governorateCode"))).selectByValue("50");
		browser.findElement(By.id("place")).sendKeys("الخليل");
		browser.findElement(By.id("narrative")).sendKeys("اعتُقلت الصحفية سعاد الخطيبة وهاتفها 0599876543 بعد تغطيتها.");
		Browser.screenshot(browser, "freedoms-report-ar");
		Browser.navigate(browser, By.cssSelector("form.stack button[type=submit]"));
		Matcher m = Pattern.compile("FRD-\\d{4}-\\d{6}").matcher(browser.findElement(By.cssSelector(".reference"))
			.getText());
		assertThat(m.find()).isTrue();
		String ref = m.group();
		browser.get(url("/violations/" + ref));
		assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("اعتقال صحفية بعد تغطية وقفة");

		signIn("documenter");
		browser.get(url("/freedoms/" + ref));
		Browser.navigate(browser, By.cssSelector("button[value=START_VERIFICATION]"));

		open("add-victim");
		new Select(browser.findElement(By.id("v-sex"))).selectByValue("FEMALE");
		new Select(browser.findElement(By.id("v-age"))).selectByValue("YOUTH");
		new Select(browser.findElement(By.id("v-profession"))).selectByValue("JOURNALIST");
		browser.findElement(By.id("v-name")).sendKeys("سعاد الخطيبة");
		browser.findElement(By.id("v-id")).sendKeys("934567812");
		browser.findElement(By.id("v-phone")).sendKeys("0599876543");
		browser.findElement(By.id("v-address")).sendKeys("شارع الشلالة");
		Browser.navigate(browser, By.cssSelector("#add-victim button[type=submit]"));

		open("add-act");
		new Select(browser.findElement(By.id("a-type"))).selectByValue("ARREST");
		browser.findElement(By.cssSelector("#add-act input[name=perpetrators][value=SECURITY_AGENCY]")).click();
		browser.findElement(By.cssSelector("#add-act input[name=victims]")).click();
		Browser.navigate(browser, By.cssSelector("#add-act button[type=submit]"));

		open("add-source");
		new Select(browser.findElement(By.id("s-type"))).selectByValue("DIRECT_TESTIMONY");
		browser.findElement(By.cssSelector("#add-source input[name=mayPublish]")).click();
		browser.findElement(By.id("s-name")).sendKeys("مروان الشاهد");
		browser.findElement(By.id("s-phone")).sendKeys("0598765432");
		Browser.navigate(browser, By.cssSelector("#add-source button[type=submit]"));

		Browser.navigate(browser, By.cssSelector("button[value=VERIFY]"));
		assertThat(browser.findElement(By.cssSelector(".status")).getText()).isEqualTo("متحقَّق منها");
		Browser.screenshot(browser, "freedoms-event-verified-ar");

		browser.get(url("/freedoms/" + ref + "/publish"));
		String preview = browser.findElement(By.cssSelector("article.preview")).getText();
		assertThat(preview).contains("[اسم]", "[هاتف]").doesNotContain("سعاد", "0599876543");
		Browser.screenshot(browser, "freedoms-publish-preview-ar");
		Browser.navigate(browser, By.cssSelector("#publish button[type=submit]"));
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("نُشرت");
		signOut();

		browser.get(url("/violations/" + ref));
		String page = browser.getPageSource();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("اعتقال صحفية بعد تغطية وقفة");
		assertThat(browser.findElement(By.tagName("body")).getText()).contains("اعتقال أو استدعاء بسبب الرأي",
				"صحفي/ة", "جهاز أمني");
		Browser.screenshot(browser, "freedoms-public-page-ar");
		browser.get(url("/violations/figures"));
		String figures = browser.getPageSource();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("أرقام انتهاكات الحريات");
		assertThat(browser.findElements(By.cssSelector(".freedoms-figures table"))).isNotEmpty();
		Browser.screenshot(browser, "freedoms-public-figures-ar");
		browser.get(url("/violations"));
		String list = browser.getPageSource();
		for (String sealed : SEALED) {
			assertThat(page).doesNotContain(sealed);
			assertThat(figures).doesNotContain(sealed);
			assertThat(list).doesNotContain(sealed);
		}
		assertThat(list).contains(ref);
	}

	private void open(String details) {
		WebElement summary = browser.findElement(By.cssSelector("#" + details + " > summary"));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", summary);
		summary.click();
	}

	private void setValue(String id, String value) {
		browser.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
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
