package ps.rasd.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.notifications.MailOutbox;
import ps.rasd.notifications.OutgoingMail;
import ps.rasd.notifications.domain.OutboxMailRepository;
import ps.rasd.notifications.internal.MailDispatcher;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.Principals;

/**
 * The newsletter through a real SMTP exchange (GreenMail on a free port): a reader subscribes, confirms from the
 * mail, receives an issue with its text and HTML parts and the RFC 8058 headers, and leaves with a bare POST.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NewsletterMailTests {

	static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/newsletter/confirm/[A-Za-z0-9_-]+)");

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
		registry.add("rasd.mail.poll-interval", () -> "PT1H");
		registry.add("rasd.mail.from", () -> "رصد <rasd@example.org>");
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	NewsletterManagement newsletter;

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxMailRepository outboxMails;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	private final RasdPrincipal editor = Principals.coordinator("50");

	@BeforeAll
	static void start() {
		SMTP.start();
	}

	@AfterAll
	static void stop() {
		SMTP.stop();
	}

	@Test
	void aReaderSubscribesConfirmsReceivesAnIssueAndLeavesInOneClick() throws Exception {
		String reader = "reader-" + System.nanoTime() + "@example.org";
		assertThat(mvc.post().uri("/newsletter").with(csrf()).param("email", reader).param("language", "ar")
			.exchange()).hasStatusOk().bodyText().contains("رابط التأكيد");
		dispatcher.dispatchNow();

		MimeMessage confirmation = lastTo(reader);
		Matcher link = LINK.matcher((String) confirmation.getContent());
		assertThat(link.find()).isTrue();
		assertThat(mvc.get().uri(link.group(1)).exchange()).hasStatusOk().bodyText().contains("تأكيد الاشتراك");
		assertThat(mvc.post().uri(link.group(1)).with(csrf()).exchange()).hasStatusOk().bodyText()
			.contains("تم تأكيد اشتراكك");

		IssueView issue = newsletter.createIssue("عدد كانون الأول", "December issue", false, editor);
		newsletter.addBlock(issue.id(), BlockKind.TEXT, "<p>مرحباً بقرّاء النشرة</p><script>x()</script>",
				"<p>Hello readers</p>", editor);
		newsletter.addBlock(issue.id(), BlockKind.NEWS, null, null, editor);
		assertThat(newsletter.send(issue.id(), editor)).isGreaterThanOrEqualTo(1);
		dispatcher.dispatchNow();

		MimeMessage mail = lastTo(reader);
		assertThat(mail.getSubject()).isEqualTo("عدد كانون الأول");
		String unsubscribe = mail.getHeader("List-Unsubscribe", null);
		assertThat(unsubscribe).matches("<https?://[^>]+/newsletter/unsubscribe/[A-Za-z0-9_-]+\\?issue=\\d+>");
		assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(mail.getHeader("Precedence", null)).isEqualTo("bulk");
		MimeMultipart parts = (MimeMultipart) mail.getContent();
		assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
		assertThat((String) parts.getBodyPart(0).getContent()).contains("مرحباً بقرّاء النشرة",
				unsubscribe.substring(1, unsubscribe.length() - 1));
		String html = (String) parts.getBodyPart(1).getContent();
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
		assertThat(html).contains("dir=\"rtl\"", "direction:rtl", "مرحباً بقرّاء النشرة", "/newsletter/issues/")
			.doesNotContain("<script", "<img");

		String path = unsubscribe.substring(1, unsubscribe.length() - 1).replaceFirst("^https?://[^/]+", "");
		// RFC 8058: the mail program posts "List-Unsubscribe=One-Click", with no cookie and no CSRF token
		assertThat(mvc.post().uri(path).contentType("application/x-www-form-urlencoded")
			.content("List-Unsubscribe=One-Click").exchange()).hasStatusOk().bodyText().contains("أُلغي اشتراكك");
		IssueCounts counts = newsletter.counts(issue.id(), editor);
		assertThat(counts.sent()).isGreaterThanOrEqualTo(1);
		assertThat(counts.unsubscribed()).isEqualTo(1);

		assertThat(mvc.get().uri("/newsletter/issues/" + issue.number()).exchange()).hasStatusOk().bodyText()
			.contains("مرحباً بقرّاء النشرة").doesNotContain(reader);
		assertThat(mvc.get().uri("/newsletter/issues/" + issue.number() + "?lang=en").exchange()).bodyText()
			.contains("Hello readers", "December issue");
		assertThat(mvc.get().uri("/newsletter?lang=en").exchange()).bodyText().contains("December issue", "Subscribe");
	}

	@Test
	void theFormOffersTheGovernoratesAndKeepsOnlyKnownChoices() {
		assertThat(mvc.get().uri("/newsletter").exchange()).bodyText()
			.contains("name=\"governorates\" value=\"50\"");
		String reader = "prefs-" + System.nanoTime() + "@example.org";
		assertThat(mvc.post().uri("/newsletter").with(csrf()).param("email", reader).param("language", "en")
			.param("governorates", "50", "ZZ", "50").param("topics", "NOT-A-SECTOR").exchange()).hasStatusOk();
		Map<String, Object> row = jdbc.queryForMap(
				"select language, governorates, topics from media_subscriber where email = ?", reader);
		assertThat(row.get("LANGUAGE")).isEqualTo("en");
		assertThat(row.get("GOVERNORATES")).isEqualTo("50");
		assertThat(row.get("TOPICS")).isNull();
	}

	@Test
	void aReferralQueuedBehindAThousandNewsletterMailsGoesFirst() {
		jdbc.update("delete from notifications_outbox where status = 'PENDING'");
		transactions.executeWithoutResult(tx -> {
			for (int i = 0; i < 30; i++) {
				outbox.queue(new OutgoingMail("r" + i + "@example.org", "نشرة", "نص", null,
						NewsletterManagement.MAIL_KIND, "newsletter-x", Map.of(), true));
			}
			outbox.queue(new OutgoingMail("unit@moh.ps", "إحالة", "نص", null, "case.referral", "RSD-1"));
		});
		List<Long> due = outboxMails.findDue(java.time.Instant.now().plusSeconds(5), PageRequest.of(0, 5));
		assertThat(outboxMails.findById(due.get(0)).orElseThrow().getKind()).isEqualTo("case.referral");
		assertThat(outboxMails.findDue(java.time.Instant.now().plusSeconds(5), false, PageRequest.of(0, 50)))
			.hasSize(1);
	}

	@Test
	void anAddressReportedAsBouncedIsSuppressedAndNoLongerReceives() {
		String reader = "bounce-" + System.nanoTime() + "@example.org";
		transactions.executeWithoutResult(tx -> newsletter.subscribe(reader, "en", null, null));
		String token = jdbc.queryForObject("select token from media_subscriber where email = ?", String.class, reader);
		assertThat(newsletter.confirm(token)).isTrue();
		assertThat(newsletter.suppress(List.of(reader.toUpperCase()), null, editor)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select status from media_subscriber where email = ?", String.class, reader))
			.isEqualTo("SUPPRESSED");
		// asking again does not bring back a suppressed address, and says nothing different
		transactions.executeWithoutResult(tx -> newsletter.subscribe(reader, "en", null, null));
		assertThat(jdbc.queryForObject("select status from media_subscriber where email = ?", String.class, reader))
			.isEqualTo("SUPPRESSED");
	}

	private static MimeMessage lastTo(String address) throws Exception {
		MimeMessage found = null;
		for (MimeMessage m : SMTP.getReceivedMessages()) {
			if (m.getAllRecipients()[0].toString().equals(address)) {
				found = m;
			}
		}
		assertThat(found).as("a mail to " + address).isNotNull();
		return found;
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
