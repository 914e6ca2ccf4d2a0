package ps.rasd.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public portal in a real browser, in Arabic, with the demo data: the dashboards draw their charts over the
 * tables, the map draws the governorates and its key without map tiles, and a search in everyday spelling leads to a
 * published finding whose share card a social network would show.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rasd.demo=true")
@ActiveProfiles("test")
class PortalBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

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

	@Test
	void theDashboardsDrawAChartOverEachTableAndKeepTheTables() {
		browser.get(url("/dashboards"));
		List<WebElement> canvases = browser.findElements(By.cssSelector("canvas[data-chart-for]"));
		assertThat(canvases).isNotEmpty();
		// Chart.js marks the canvas it draws on; wait for every one
		wait(15).until(driver -> canvases.stream().allMatch(c -> browser.executeScript("return window.Chart.getChart(arguments[0]) != null", c).equals(true)));
		for (WebElement canvas : canvases) {
			assertThat(canvas.getSize().getWidth()).as("chart width").isPositive();
			assertThat(canvas.getSize().getHeight()).as("chart height").isPositive();
			WebElement table = browser.findElement(By.id(canvas.getDomAttribute("data-chart-for")));
			assertThat(table.findElements(By.cssSelector("tbody tr"))).as("the accessible table is still there")
				.isNotEmpty();
			assertThat(table.isDisplayed()).isTrue();
			assertThat(painted(canvas)).as("the chart drew something on " + canvas.getDomAttribute("data-chart-for"))
				.isTrue();
		}
		Browser.screenshot(browser, "dashboards-ar");
	}

	@Test
	void theMapDrawsTheSixteenGovernoratesAndItsKeyWithoutTiles() {
		browser.get(url("/map"));
		// the governorates are the paths drawn with the boundary colour (case markers have their own)
		By boundaries = By.cssSelector(".leaflet-overlay-pane path[stroke='#4a535c']");
		wait(15).until(ExpectedConditions.numberOfElementsToBe(boundaries, 16));
		assertThat(browser.findElements(By.cssSelector(".leaflet-tile"))).as("no tile layer by default").isEmpty();
		WebElement legend = wait(15).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".map-legend")));
		assertThat(legend.getText()).contains("الحالات لكل 10,000 نسمة", "أقل من 5");
		assertThat(legend.findElements(By.tagName("i"))).hasSize(6);
		assertThat(browser.findElement(By.cssSelector(".leaflet-control-attribution")).getText()).contains("OCHA");
		assertThat(browser.findElements(By.cssSelector("#map-table tbody tr"))).hasSize(16);
		Browser.screenshot(browser, "map-ar");
	}

	@Test
	void anArabicSearchLeadsToAFindingWithItsShareCard() throws Exception {
		browser.get(url("/search"));
		// without hamza and with haa for taa marbuta, as people type it
		browser.findElement(By.id("search-q")).sendKeys("ادويه الامراض المزمنه");
		Browser.navigate(browser, By.cssSelector("form.search-form button[type=submit]"));
		assertThat(browser.getCurrentUrl()).contains("/search?q=");
		Browser.screenshot(browser, "search-ar");
		WebElement hit = browser.findElement(By.xpath("//ol[@class='hits']//a[contains(@href, '/findings/')]"));
		String title = hit.getText();
		assertThat(title).contains("أدوية الأمراض المزمنة");
		Browser.navigate(browser, By.xpath("//ol[@class='hits']//a[contains(@href, '/findings/')]"));
		assertThat(browser.getCurrentUrl()).contains("/findings/RSD-");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);

		assertThat(meta("property", "og:title")).isEqualTo(title);
		assertThat(meta("name", "twitter:card")).isEqualTo("summary_large_image");
		String image = meta("property", "og:image");
		String reference = browser.getCurrentUrl().replaceAll(".*/findings/", "");
		assertThat(image).endsWith("/findings/" + reference + "/card.png");
		assertThat(meta("name", "twitter:image")).isEqualTo(image);
		Browser.screenshot(browser, "finding-ar");

		// the image itself, fetched as a social network would (the public base URL is not this test's port)
		HttpResponse<byte[]> card = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create(url(URI.create(image).getPath()))).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(card.statusCode()).isEqualTo(200);
		assertThat(card.headers().firstValue("Content-Type")).hasValue("image/png");
		BufferedImage png = ImageIO.read(new ByteArrayInputStream(card.body()));
		assertThat(png.getWidth()).isEqualTo(1200);
		assertThat(png.getHeight()).isEqualTo(630);
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < png.getHeight(); y += 5) {
			for (int x = 0; x < png.getWidth(); x += 5) {
				colours.add(png.getRGB(x, y));
			}
		}
		assertThat(colours).as("not a blank image: text and mark drawn in several shades").hasSizeGreaterThan(20);
	}

	/** Whether the canvas holds pixels that are not transparent. */
	private boolean painted(WebElement canvas) {
		return (Boolean) browser.executeScript("var c = arguments[0], d = c.getContext('2d')"
				+ ".getImageData(0, 0, c.width, c.height).data;"
				+ "for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) { return true; } } return false;", canvas);
	}

	private String meta(String attribute, String name) {
		return browser.findElement(By.cssSelector("meta[" + attribute + "='" + name + "']")).getDomAttribute("content");
	}

	private static WebDriverWait wait(int seconds) {
		return new WebDriverWait(browser, Duration.ofSeconds(seconds));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}
}
