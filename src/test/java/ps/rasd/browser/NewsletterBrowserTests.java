package ps.rasd.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.notifications.internal.MailDispatcher;
import ps.rasd.shared.RasdProperties;

/**
 * The newsletter end to end, through a real SMTP server (GreenMail): a reader subscribes on the public page and
 * confirms from the mail; an editor composes an issue of a text and the latest findings and sends it; the reader
 * receives it with its text and HTML parts and the RFC 8058 unsubscribe headers, and leaves in one click from the
 * mail's link, while the mail program's own one-click POST is answered too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "rasd.demo=true")
@ActiveProfiles("test")
class NewsletterBrowserTests {

	static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	private static final Pattern CONFIRM = Pattern.compile("https?://[^/\\s]+(/newsletter/confirm/[A-Za-z0-9_-]+)");

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
	MailDispatcher dispatcher;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void start() throws Exception {
		SMTP.start();
		browser = Browser.start();
	}

	@AfterAll
	static void stop() {
		SMTP.stop();
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aReaderSubscribesConfirmsReceivesAnIssueAndLeavesInOneClick() throws Exception {
		String reader = "reader-" + System.nanoTime() + "@example.org";
		browser.get(url("/newsletter"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		browser.findElement(By.id("email")).sendKeys(reader);
		new Select(browser.findElement(By.id("language"))).selectByValue("ar");
		Browser.screenshot(browser, "newsletter-subscribe-ar");
		Browser.navigate(browser, By.cssSelector("form[action$='/newsletter'] button[type=submit]"));
		assertThat(browser.getPageSource()).contains("رابط التأكيد");

		dispatcher.dispatchNow();
		Matcher confirm = CONFIRM.matcher((String) lastTo(reader).getContent());
		assertThat(confirm.find()).isTrue();
		browser.get(url(confirm.group(1)));
		Browser.navigate(browser, By.cssSelector("section.newsletter form button[type=submit]"));
		assertThat(browser.getPageSource()).contains("تم تأكيد اشتراكك");

		signIn("admin");
		browser.get(url("/editorial/newsletter"));
		browser.findElement(By.id("subjectAr")).sendKeys("نشرة رصد: كانون الأول");
		browser.findElement(By.id("subjectEn")).sendKeys("Rasd newsletter: December");
		Browser.navigate(browser, By.cssSelector("form[action$='/editorial/newsletter/issues'] button"));
		new Select(browser.findElement(By.id("kind"))).selectByValue("TEXT");
		browser.findElement(By.id("bodyAr")).sendKeys("<p>مرحباً بقرّاء النشرة</p>");
		browser.findElement(By.id("bodyEn")).sendKeys("<p>Hello readers</p>");
		Browser.navigate(browser, By.cssSelector("form[action$='/blocks'] button"));
		new Select(browser.findElement(By.id("kind"))).selectByValue("FINDINGS");
		Browser.navigate(browser, By.cssSelector("form[action$='/blocks'] button"));
		assertThat(browser.getPageSource()).contains("مرحباً بقرّاء النشرة", "/findings/RSD-");
		Browser.screenshot(browser, "newsletter-issue-editor-ar");
		Browser.navigate(browser, By.cssSelector("form[action$='/send'] button"));
		Browser.signOut(browser);

		dispatcher.dispatchNow();
		MimeMessage issue = lastTo(reader);
		assertThat(issue.getSubject()).isEqualTo("نشرة رصد: كانون الأول");
		String unsubscribe = issue.getHeader("List-Unsubscribe", null);
		assertThat(unsubscribe).matches("<https?://[^>]+/newsletter/unsubscribe/[A-Za-z0-9_-]+\\?issue=\\d+>");
		assertThat(issue.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		MimeMultipart parts = (MimeMultipart) issue.getContent();
		assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
		String text = (String) parts.getBodyPart(0).getContent();
		assertThat(text).contains("مرحباً بقرّاء النشرة", "/findings/RSD-");
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
		assertThat((String) parts.getBodyPart(1).getContent()).contains("dir=\"rtl\"", "direction:rtl",
				"آخر نتائج الرصد").doesNotContain("<script", "<img");

		String link = unsubscribe.substring(1, unsubscribe.length() - 1).replaceFirst("^https?://[^/]+", "");
		assertThat(text).contains(link);
		browser.get(url(link));
		Browser.navigate(browser, By.cssSelector("section.newsletter form button[type=submit]"));
		assertThat(browser.getPageSource()).contains("أُلغي اشتراكك");
		Browser.screenshot(browser, "newsletter-unsubscribed-ar");
		assertThat(jdbc.queryForObject("select status from media_subscriber where email = ?", String.class, reader))
			.isEqualTo("UNSUBSCRIBED");
		// RFC 8058: the mail program's own POST, with no cookie and no CSRF token, is answered too (and changes nothing)
		HttpResponse<String> oneClick = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(link)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(oneClick.statusCode()).isEqualTo(200);
	}

	private static MimeMessage lastTo(String address) throws Exception {
		MimeMessage[] all = SMTP.getReceivedMessagesForDomain(address);
		assertThat(all).isNotEmpty();
		return all[all.length - 1];
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
