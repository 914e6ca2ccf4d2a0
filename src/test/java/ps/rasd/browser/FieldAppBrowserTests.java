package ps.rasd.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.forms.FormsManagement;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.monitoring.VisitStatus;
import ps.rasd.monitoring.VisitSummary;
import ps.rasd.registry.FacilityQuery;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.RasdProperties;

/**
 * The demo monitor opens the field app on a phone, loses the connection, fills a visit with a photo, closes the page,
 * opens the app again, and when the connection returns the visit arrives once, with the photo's location gone, and
 * nothing of it is left on the phone but its reference. The same for a case filed in the field, whose photo goes in
 * pieces and, when the connection is cut in the middle, goes on from where it stopped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rasd.demo=true")
@ActiveProfiles("test")
class FieldAppBrowserTests {

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
	MonitoringManagement monitoring;

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	UserDetailsService users;

	@Autowired
	ps.rasd.evidence.ResumableUploads uploads;

	@Autowired
	ps.rasd.cases.CaseIntake intake;

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

	private TcpRelay relay;

	@org.junit.jupiter.api.AfterEach
	void closeRelay() throws Exception {
		if (relay != null) {
			relay.close();
		}
	}

	@Test
	void aVisitFilledWithNoConnectionArrivesOnceWhenTheConnectionReturns() throws Exception {
		relay = new TcpRelay(port);
		long facility = registry.facilities(new FacilityQuery("50", "HEALTH", "PRIMARY_HEALTH_CENTRE", null, null), 0, 1)
			.items().get(0).id();
		long version = forms.answerable("HEALTH").get(0).id();
		RasdPrincipal monitor = (RasdPrincipal) users.loadUserByUsername("monitor");
		long before = monitoring.visits(null, null, facility, 0, 100, monitor).totalItems();

		signIn("monitor");
		browser.get(url("/field"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		// the service worker is installed and has kept the pages this monitor needs
		wait(30).until(d -> "true".equals(d.findElement(By.id("field-app")).getAttribute("data-ready")));
		wait(30).until(d -> Boolean.TRUE.equals(browser.executeAsyncScript("var done = arguments[0];"
				+ "caches.open('rasd-field-v1').then(c => c.match('" + url("/field/forms/" + version) + "'))"
				+ ".then(r => done(!!r)).catch(() => done(false));")));

		offline(true);
		String formPage = url("/field/forms/" + version + "?facility=" + facility);
		browser.get(formPage);
		assertThat(browser.findElements(By.id("field-form"))).hasSize(1);
		assertThat(browser.executeScript("return navigator.onLine")).isEqualTo(false);
		assertThat(browser.findElement(By.id("facilityId")).getAttribute("value")).isEqualTo(String.valueOf(facility));
		Map<String, String> answers = ps.rasd.support.MonitoringFixtures.goodHealthAnswers();
		answers.forEach(this::answer);
		Path photo = Files.createTempFile("field-photo", ".jpg");
		Files.write(photo, ps.rasd.evidence.TestFiles.photoWithGps(1200, 900));
		browser.findElement(By.cssSelector("input[name='file.photo']")).sendKeys(photo.toString());
		Browser.screenshot(browser, "field-visit-offline-ar");
		Browser.navigate(browser, By.cssSelector("#field-form button[type=submit]"));

		// back on the app, with no connection: the visit waits on the phone
		await(".field-item-waiting", 15);
		assertThat(monitoring.visits(null, null, facility, 0, 100, monitor).totalItems()).isEqualTo(before);
		Browser.screenshot(browser, "field-queue-waiting-ar");

		// the page is closed and opened again, still with no connection
		browser.get("about:blank");
		offline(true);
		browser.get(url("/field"));
		await(".field-item-waiting", 15);
		assertThat(monitoring.visits(null, null, facility, 0, 100, monitor).totalItems()).isEqualTo(before);

		offline(false);
		browser.get(url("/field"));
		await(".field-item-sent", 30);
		Browser.screenshot(browser, "field-queue-sent-ar");
		// sending again (a second press, a background sync) changes nothing
		browser.findElement(By.cssSelector(".field-send")).click();
		browser.get(url("/field"));
		await(".field-item-sent", 15);

		List<VisitSummary> visits = monitoring.visits(null, null, facility, 0, 100, monitor).items();
		assertThat(visits).hasSize((int) before + 1);
		VisitSummary arrived = visits.stream().filter(v -> v.status() == VisitStatus.SUBMITTED)
			.max(java.util.Comparator.comparing(VisitSummary::id)).orElseThrow();
		assertThat(arrived.formVersionId()).isEqualTo(version);
		assertThat(arrived.answers()).containsEntry("visit_date", answers.get("visit_date"));
		String photoId = arrived.answers().get("photo");
		assertThat(photoId).matches("\\d+");
		try (var content = evidence.open(Long.parseLong(photoId), false, false, monitor)) {
			var metadata = com.drew.imaging.ImageMetadataReader.readMetadata(content);
			assertThat(metadata.getFirstDirectoryOfType(com.drew.metadata.exif.GpsDirectory.class)).isNull();
		}
		// nothing typed or photographed is left on the phone, only the reference
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> kept = (List<Map<String, Object>>) browser.executeAsyncScript(
				"var done = arguments[0]; RasdQueue.all().then(done).catch(() => done(null));");
		assertThat(kept).hasSize(1);
		assertThat(kept.get(0)).containsEntry("state", "sent").containsEntry("reference", arrived.reference())
			.doesNotContainKeys("answers", "files");
	}

	@Test
	void aCaseFiledWithNoConnectionArrivesOnceAndItsPhotoGoesOnFromWhereTheCutLeftIt() throws Exception {
		relay = new TcpRelay(port);
		RasdPrincipal monitor = (RasdPrincipal) users.loadUserByUsername("monitor");
		signIn("monitor");
		browser.get(url("/field"));
		wait(30).until(d -> "true".equals(d.findElement(By.id("field-app")).getAttribute("data-ready")));
		wait(30).until(d -> Boolean.TRUE.equals(browser.executeAsyncScript("var done = arguments[0];"
				+ "caches.open('rasd-field-v1').then(c => c.match('" + url("/field/cases/new") + "'))"
				+ ".then(r => done(!!r)).catch(() => done(false));")));

		offline(true);
		browser.get(url("/field/cases/new"));
		assertThat(browser.findElement(By.id("field-form")).getAttribute("data-kind")).isEqualTo("case");
		browser.findElement(By.id("title")).sendKeys("انقطاع الدواء في المركز");
		browser.findElement(By.id("description")).sendKeys("لا يوجد أنسولين منذ أسبوعين");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sectorCode"))).selectByValue("HEALTH");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("governorateCode"))).selectByValue("50");
		Path photo = Files.createTempFile("field-case-photo", ".jpg");
		Files.write(photo, ps.rasd.evidence.TestFiles.photoWithGps(1200, 900));
		browser.findElement(By.id("photo")).sendKeys(photo.toString());
		Browser.screenshot(browser, "field-case-offline-ar");
		Browser.navigate(browser, By.cssSelector("#field-form button[type=submit]"));
		await(".field-item-waiting", 15);

		// closed and opened again, still with no connection
		browser.get("about:blank");
		browser.get(url("/field"));
		await(".field-item-waiting", 15);
		String key = (String) browser.executeAsyncScript("var done = arguments[0]; RasdQueue.all()"
				+ ".then(items => done(items.filter(i => i.kind === 'case').map(i => i.key)[0]));");
		assertThat(key).isNotBlank();
		assertThat(intake.filedWith(key, monitor)).isEmpty();

		// the connection returns, and is cut after the photo's first piece
		browser.executeScript("RasdQueue.chunk = 2048; window.pieces = []; window.resume = false;"
				+ "var real = window.fetch; window.fetch = function (u, o) {"
				+ "  if (o && o.method === 'PATCH') {"
				+ "    if (!window.resume && window.pieces.length >= 1) { return Promise.reject(new TypeError('cut')); }"
				+ "    window.pieces.push([Number(o.headers['Upload-Offset']), o.body.size]);"
				+ "  }"
				+ "  return real.apply(this, arguments); };");
		offline(false);
		String urls = "{send: '/field/visits', cases: '/field/cases', uploads: '/field/uploads', token: '/field/token'}";
		browser.executeAsyncScript("var done = arguments[0]; RasdQueue.send(" + urls + ").then(() => done('sent'),"
				+ " e => done('cut ' + e));");
		@SuppressWarnings("unchecked")
		Map<String, Object> cut = (Map<String, Object>) browser.executeAsyncScript("var done = arguments[0];"
				+ "RasdQueue.get('" + key + "').then(i => done({state: i.state, uploadUrl: i.files[0].uploadUrl,"
				+ " size: i.files[0].blob.size}));");
		assertThat(cut.get("state")).isEqualTo("waiting");
		String uploadUrl = (String) cut.get("uploadUrl");
		var progress = uploads.progress(uploadUrl.substring(uploadUrl.lastIndexOf('/') + 1), monitor).orElseThrow();
		assertThat(progress.offset()).isEqualTo(2048).isLessThan(progress.length());
		assertThat(progress.length()).isEqualTo(((Number) cut.get("size")).longValue());
		assertThat(intake.filedWith(key, monitor)).isEmpty();

		// the next try asks where the upload stopped and sends only the rest
		browser.executeScript("window.resume = true;");
		wait(60).until(d -> "sent".equals(browser.executeAsyncScript("var done = arguments[0];"
				+ "RasdQueue.send(" + urls + ").catch(() => 0).then(() => RasdQueue.get('" + key + "'))"
				+ ".then(i => done(i.state));")));
		@SuppressWarnings("unchecked")
		List<List<Number>> pieces = (List<List<Number>>) browser.executeScript("return window.pieces;");
		assertThat(pieces.get(0).get(0).longValue()).isZero();
		long next = 0;
		for (List<Number> piece : pieces) {
			assertThat(piece.get(0).longValue()).isEqualTo(next);
			next += piece.get(1).longValue();
		}
		assertThat(next).isEqualTo(progress.length());

		var filed = intake.filedWith(key, monitor).orElseThrow();
		var files = evidence.filesOf("case", filed.reference());
		assertThat(files).hasSize(1);
		try (var content = evidence.open(files.get(0).id(), false, false, monitor)) {
			var metadata = com.drew.imaging.ImageMetadataReader.readMetadata(content);
			assertThat(metadata.getFirstDirectoryOfType(com.drew.metadata.exif.GpsDirectory.class)).isNull();
		}
		browser.get(url("/field"));
		await(".field-item-sent", 15);
		Browser.screenshot(browser, "field-case-sent-ar");
		@SuppressWarnings("unchecked")
		Map<String, Object> kept = ((List<Map<String, Object>>) browser.executeAsyncScript(
				"var done = arguments[0]; RasdQueue.all().then(done);")).stream()
			.filter(i -> key.equals(i.get("key"))).findFirst().orElseThrow();
		assertThat(kept).containsEntry("state", "sent").containsEntry("reference", filed.reference())
			.doesNotContainKeys("answers", "files");
	}

	private void offline(boolean offline) {
		if (offline) {
			relay.cut();
		}
		else {
			relay.restore();
		}
		ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
		conditions.setOffline(offline);
		conditions.setLatency(Duration.ofMillis(5));
		browser.setNetworkConditions(conditions);
	}

	private void answer(String question, String value) {
		List<WebElement> choices = browser.findElements(
				By.cssSelector("input[name='a." + question + "'][value='" + value + "']"));
		if (!choices.isEmpty()) {
			browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", choices.get(0));
			choices.get(0).click();
			return;
		}
		WebElement input = browser.findElement(By.id("a-" + question));
		browser.executeScript("arguments[0].value = arguments[1];"
				+ "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", input, value);
	}

	/** Waits for an element of the queue, and says what the phone held when it does not come. */
	private void await(String css, int seconds) {
		try {
			wait(seconds).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			Browser.screenshot(browser, "field-failed");
			throw new AssertionError("no " + css + " on " + browser.getCurrentUrl() + "; the queue held "
					+ browser.executeAsyncScript("var done = arguments[0]; try { RasdQueue.all()"
							+ ".then(x => done(JSON.stringify(x))).catch(e => done('error ' + e)); }"
							+ " catch (e) { done('no queue: ' + e); }")
					+ "; the page said " + browser.findElement(By.tagName("main")).getText(), ex);
		}
	}

	private WebDriverWait wait(int seconds) {
		return new WebDriverWait(browser, Duration.ofSeconds(seconds));
	}

	private void signIn(String username) throws Exception {
		// cookies are shared by every port of a host: a session of an earlier test would skip the sign-in page
		browser.get(url("/login"));
		browser.manage().deleteAllCookies();
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(demoPasswords().get(username));
		Browser.navigate(browser, By.cssSelector("form.stack button[type=submit]"));
	}

	private String url(String path) {
		return "http://localhost:" + relay.port() + path;
	}

	private Map<String, String> demoPasswords() throws Exception {
		return Browser.demoPasswords(properties.dataDir());
	}
}
