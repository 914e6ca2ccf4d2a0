package ps.rasd.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver: both are found on the machine (never downloaded), as
 * {@code .ci/run} installs them. Screenshots go to {@code target/screenshots}.
 */
final class Browser {

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	private Browser() {
	}

	static ChromeDriver start() throws IOException {
		File driver = executable("RASD_CHROMEDRIVER", "/usr/bin/chromedriver");
		File chromium = executable("RASD_CHROMIUM", "/usr/bin/chromium");
		Path profile = Files.createTempDirectory("rasd-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
			.usingAnyFreePort()
			.build();
		ChromeDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return browser;
	}

	/** The demo accounts' passwords, as the demo wrote them into the data folder (username, a space, password). */
	static Map<String, String> demoPasswords(Path dataDir) throws IOException {
		return Files.readAllLines(dataDir.resolve("demo-accounts.txt")).stream()
			.filter(line -> !line.startsWith("#"))
			.map(line -> line.split(" "))
			.collect(Collectors.toMap(parts -> parts[0], parts -> parts[1]));
	}

	static void screenshot(ChromeDriver browser, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Signs out through the header, opening the phone menu first when the header is folded. */
	static void signOut(ChromeDriver browser) {
		openMenu(browser);
		navigate(browser, org.openqa.selenium.By.cssSelector("form[action='/logout'] button"));
	}

	/** Opens the header's menu when it is folded behind its button (a phone-size window). */
	static void openMenu(ChromeDriver browser) {
		var button = browser.findElements(org.openqa.selenium.By.cssSelector(".menu-button"));
		if (!button.isEmpty() && button.get(0).isDisplayed()
				&& !browser.findElement(org.openqa.selenium.By.id("menu-toggle")).isSelected()) {
			button.get(0).click();
		}
	}

	/**
	 * Clicks the element (scrolled into view) and waits until the next page has replaced this one. Chromium may answer
	 * a check on an element of a page being replaced with a generic error (its node no longer belongs to the document)
	 * rather than the stale-element one: that page is gone too.
	 */
	static void navigate(ChromeDriver browser, org.openqa.selenium.By target) {
		org.openqa.selenium.WebElement page = browser.findElement(org.openqa.selenium.By.tagName("html"));
		org.openqa.selenium.WebElement element = browser.findElement(target);
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
		new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> gone(page));
	}

	private static boolean gone(org.openqa.selenium.WebElement page) {
		try {
			page.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException ex) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	private static File executable(String variable, String fallback) {
		String configured = System.getenv(variable);
		File file = new File(configured == null || configured.isBlank() ? fallback : configured);
		if (!file.canExecute()) {
			throw new IllegalStateException(file + " is missing: install Debian's chromium and chromium-driver "
					+ "(apt-get install -y chromium chromium-driver) or set " + variable);
		}
		return file;
	}

}
