package ps.rasd.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.media.MediaFixtures;
import ps.rasd.shared.RasdProperties;
import ps.rasd.shared.spi.PdfRenderer;

/**
 * The forum's voice in a real browser: an editor publishes a page and a news post (a script written into the body
 * is stripped: it neither runs nor reaches the page), uploads an Arabic study as PDF and a reader finds it by a
 * phrase inside it written another way; the editor then takes the news post's ready text and share image from the
 * social-media kit. (The newsletter's round trip is its own engineer's test.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rasd.demo=true")
@ActiveProfiles("test")
class MediaBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	RasdProperties properties;

	@Autowired
	PdfRenderer pdf;

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
	void anEditorPublishesAPageANewsPostAndAStudyThatReadersFind() throws Exception {
		long n = System.nanoTime() % 100000;
		signIn("coordinator");
		write("PAGE", "mandate-" + n, "ولاية المرصد", "<p>يرصد المرصد الخدمات العامة.</p>");
		write("NEWS", "wells-" + n, "آبار جديدة في يطا",
				"<p>حفرت البلدية بئرين.</p><script>document.title='hacked'</script>"
						+ "<img src=x onerror=\"document.title='hacked'\">");

		Browser.signOut(browser);
		browser.get(url("/pages/mandate-" + n));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("ولاية المرصد",
				"يرصد المرصد الخدمات العامة.");
		browser.get(url("/news/wells-" + n));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("آبار جديدة في يطا", "حفرت البلدية بئرين.");
		assertThat(browser.getTitle()).doesNotContain("hacked");
		assertThat(browser.getPageSource()).doesNotContain("document.title='hacked'", "onerror");
		Browser.screenshot(browser, "media-news-ar");

		signIn("coordinator");
		browser.get(url("/editorial/library"));
		browser.findElement(By.id("slug")).sendKeys("camps-water-" + n);
		browser.findElement(By.id("titleAr")).sendKeys("دراسة المياه في المخيمات " + n);
		browser.findElement(By.id("authors")).sendKeys("منتدى رصد");
		setValue("issuedOn", "2026-11-10");
		browser.findElement(By.id("topics")).sendKeys("مياه");
		Browser.navigate(browser, By.cssSelector("section.editor form[action$='/editorial/library'] button[type=submit]"));
		Path study = Files.createTempFile("study", ".pdf");
		Files.write(study, MediaFixtures.arabicStudy(pdf));
		browser.findElement(By.id("file")).sendKeys(study.toAbsolutePath().toString());
		Browser.navigate(browser, By.cssSelector("form[enctype] button[type=submit]"));
		Browser.navigate(browser, By.cssSelector("form[action$='/publish'] button[type=submit]"));
		Files.deleteIfExists(study);

		Browser.signOut(browser);
		new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
			d.get(url("/search?q=" + URLEncoder.encode("صهاريج باسعار مرتفعه", StandardCharsets.UTF_8)));
			return d.findElement(By.tagName("main")).getText().contains("دراسة المياه في المخيمات " + n);
		});
		Browser.screenshot(browser, "media-study-found-ar");

		signIn("coordinator");
		browser.get(url("/editorial/social?type=news"));
		WebElement kit = browser.findElements(By.cssSelector("article.share-kit")).stream()
			.filter(a -> a.getText().contains("آبار جديدة في يطا")).findFirst().orElseThrow();
		WebElement x = kit.findElement(By.cssSelector("textarea[id$='-ar-x']"));
		assertThat(x.getAttribute("value")).startsWith("آبار جديدة في يطا").endsWith("/news/wells-" + n);
		assertThat(x.getAttribute("readonly")).isNotNull();
		assertThat(kit.findElement(By.cssSelector("button[data-copy$='-ar-x']")).isDisplayed()).isTrue();
		WebElement image = kit.findElement(By.cssSelector("img[src*='wide.png']"));
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", image);
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> ((Number) ((JavascriptExecutor) d)
			.executeScript("return arguments[0].naturalWidth", image)).intValue() == 1200);
		Browser.screenshot(browser, "media-social-kit-ar");
	}

	/** Writes, saves and publishes an article. */
	private void write(String kind, String slug, String title, String body) {
		browser.get(url("/editorial/articles/new?kind=" + kind));
		browser.findElement(By.id("slug")).sendKeys(slug);
		browser.findElement(By.id("titleAr")).sendKeys(title);
		setValue("bodyAr", body);
		Browser.navigate(browser, By.cssSelector("section.editor form[method=post] button[type=submit]:not([name])"));
		Browser.navigate(browser, By.cssSelector("form[action$='/publish'] button[type=submit]"));
	}

	private void setValue(String id, String value) {
		((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
				value);
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
