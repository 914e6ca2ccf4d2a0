package ps.rasd.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.activities.ActivitiesManagement;
import ps.rasd.activities.ActivityDetails;
import ps.rasd.activities.ActivityStatus;
import ps.rasd.activities.ActivitySummary;
import ps.rasd.notifications.internal.MailDispatcher;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.RasdProperties;
import ps.rasd.shared.SystemPrincipal;
import ps.rasd.support.PdfChecks;

/**
 * On a phone: a young person registers on the public page of a workshop without an account; the confirmation comes
 * through a real SMTP server (GreenMail) with the invitation and a QR code that decodes to the entry code; at the
 * door an administrator types the code (the fallback a headless browser can use), twice, and it counts once; the
 * workshop is marked held, certificates are issued, the participant downloads theirs from the personal link, and
 * its code verifies on the public page while a forged one does not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rasd.demo=true")
@ActiveProfiles("test")
class ActivitiesBrowserTests {

	private static final String PARTICIPANT = "ريم خليل الأطرش";

	static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	private static ChromeDriver browser;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
		registry.add("rasd.mail.poll-interval", () -> "PT1H");
	}

	@LocalServerPort
	int port;

	@Autowired
	RasdProperties properties;

	@Autowired
	ActivitiesManagement activities;

	@Autowired
	MailDispatcher dispatcher;

	@BeforeAll
	static void start() throws Exception {
		SMTP.start();
		browser = Browser.start();
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(412, 915));
	}

	@AfterAll
	static void stop() {
		SMTP.stop();
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void fromThePublicRegistrationToAVerifiedCertificate() throws Exception {
		RasdPrincipal system = new SystemPrincipal();
		ActivitySummary workshop = activities.create(ActivityDetails.of("WORKSHOP", "ورشة رقابة الخدمات البلدية", "50",
				30), system);
		Instant start = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		activities.addSession(workshop.id(), start, start.plus(3, ChronoUnit.HOURS), system);
		workshop = activities.move(workshop.id(), activities.activity(workshop.id(), system).version(),
				ActivityStatus.OPEN, system);
		String email = "reem-" + System.nanoTime() + "@example.org";

		browser.get(url("/events/" + workshop.id()));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		browser.findElement(By.id("name")).sendKeys(PARTICIPANT);
		browser.findElement(By.id("email")).sendKeys(email);
		new Select(browser.findElement(By.id("sex"))).selectByValue("F");
		new Select(browser.findElement(By.id("ageGroup"))).selectByValue("18-24");
		new Select(browser.findElement(By.id("governorateCode"))).selectByValue("50");
		click(browser.findElement(By.name("consent")));
		Browser.screenshot(browser, "activities-register-ar-phone");
		Browser.navigate(browser, By.cssSelector("form.stack button[type=submit]"));
		assertThat(browser.getCurrentUrl()).endsWith("/events/" + workshop.id() + "/thanks");

		dispatcher.dispatchNow();
		MimeMessage confirmation = lastTo(email);
		String text = part(confirmation, "text/plain");
		Matcher codeInText = Pattern.compile("[2-9A-Z]{8}").matcher(text.replaceAll("https?://\\S+", ""));
		assertThat(codeInText.find()).isTrue();
		String code = codeInText.group();
		assertThat(decodeQr(attachment(confirmation, ".png"))).isEqualTo(code);
		assertThat(new String(attachment(confirmation, ".ics"), java.nio.charset.StandardCharsets.UTF_8))
			.contains("BEGIN:VEVENT");
		Matcher link = Pattern.compile("https?://[^/\\s]+(/events/registration/[A-Za-z0-9_-]+)").matcher(text);
		assertThat(link.find()).isTrue();
		String personal = link.group(1);

		signIn("admin");
		browser.get(url("/activities/" + workshop.id() + "/door"));
		for (int scan = 0; scan < 2; scan++) {
			browser.findElement(By.id("code")).sendKeys(code.toLowerCase());
			Browser.navigate(browser, By.cssSelector("#door-form button[type=submit]"));
			boolean again = scan == 1;
			try {
				waitFor(() -> {
					String shown = browser.findElement(By.id("door-result")).getText();
					return shown.contains(PARTICIPANT) && shown.contains("سابق") == again;
				});
			}
			catch (org.openqa.selenium.TimeoutException ex) {
				Browser.screenshot(browser, "activities-door-timeout");
				throw new AssertionError("the door shows: " + browser.findElement(By.id("door-result")).getText(), ex);
			}
		}
		assertThat(browser.findElement(By.id("door-result")).getText()).contains(PARTICIPANT);
		Browser.screenshot(browser, "activities-door-ar-phone");
		assertThat(activities.activity(workshop.id(), system).attended()).isEqualTo(1);

		browser.get(url("/activities/" + workshop.id()));
		Browser.navigate(browser, By.cssSelector("button[name=status][value=HELD]"));
		Browser.navigate(browser, By.cssSelector("form[action$='/certificates'] button"));
		assertThat(browser.getPageSource()).contains(PARTICIPANT);
		browser.manage().deleteAllCookies();

		browser.get(url(personal));
		WebElement download = browser.findElement(By.cssSelector("a[href$='certificate.pdf']"));
		byte[] pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(download.getAttribute("href")))
			.build(), HttpResponse.BodyHandlers.ofByteArray()).body();
		String printed = PdfChecks.text(pdf);
		assertThat(printed).contains("شهادة حضور");
		assertThat(PdfChecks.normalize(printed)).contains(PdfChecks.normalize(PARTICIPANT));

		dispatcher.dispatchNow();
		Matcher verify = Pattern.compile("https?://[^/\\s]+(/certificates/[2-9A-Z]{12})")
			.matcher(part(lastTo(email), "text/plain"));
		assertThat(verify.find()).isTrue();
		browser.get(url(verify.group(1)));
		assertThat(browser.findElements(By.id("certificate-valid"))).hasSize(1);
		Browser.screenshot(browser, "activities-certificate-valid-ar-phone");
		browser.get(url(verify.group(1).substring(0, verify.group(1).length() - 1)
				+ (verify.group(1).endsWith("2") ? "3" : "2")));
		assertThat(browser.findElements(By.id("certificate-not-valid"))).hasSize(1);
	}

	private static String decodeQr(byte[] png) throws Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
				new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
	}

	private static MimeMessage lastTo(String address) throws Exception {
		MimeMessage[] all = SMTP.getReceivedMessagesForDomain(address);
		assertThat(all).isNotEmpty();
		return all[all.length - 1];
	}

	private static String part(MimeMessage message, String type) throws Exception {
		for (BodyPart p : parts(message)) {
			if (p.getContentType().startsWith(type) && !Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition())) {
				return (String) p.getContent();
			}
		}
		throw new AssertionError("no " + type + " part");
	}

	private static byte[] attachment(MimeMessage message, String suffix) throws Exception {
		for (BodyPart p : parts(message)) {
			if (p.getFileName() != null && p.getFileName().endsWith(suffix)) {
				return p.getInputStream().readAllBytes();
			}
		}
		throw new AssertionError("no attachment " + suffix);
	}

	private static java.util.List<BodyPart> parts(MimeMessage message) throws Exception {
		MimeMultipart mixed = (MimeMultipart) message.getContent();
		java.util.List<BodyPart> out = new java.util.ArrayList<>();
		for (int i = 0; i < mixed.getCount(); i++) {
			out.add(mixed.getBodyPart(i));
		}
		return out;
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

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private Map<String, String> demoPasswords() throws Exception {
		return Browser.demoPasswords(properties.dataDir());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
