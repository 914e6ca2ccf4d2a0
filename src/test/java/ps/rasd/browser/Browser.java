package ps.rasd.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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

	static void screenshot(ChromeDriver browser, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
