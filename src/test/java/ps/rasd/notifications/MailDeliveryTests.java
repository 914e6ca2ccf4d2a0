package ps.rasd.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.audit.AuditManagement;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.notifications.domain.OutboxMail;
import ps.rasd.notifications.domain.OutboxMailRepository;
import ps.rasd.notifications.internal.MailDispatcher;
import ps.rasd.notifications.internal.MailSettings;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.MovableClock;

/**
 * Mail through a real SMTP server (GreenMail, in this JVM, on a free port), with a clock the tests move. The
 * scheduler polls once an hour, so only the tests dispatch.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MailDeliveryTests.Clocks.class)
class MailDeliveryTests {

	static final Instant START = Instant.parse("2026-12-01T08:00:00Z");

	static final String SUBJECT = "إحالة الحالة RSD-2026-000123 إلى مديرية الصحة";

	static final String TEXT = "السادة مديرية الصحة في الخليل،\nأُحيلت إليكم الحالة RSD-2026-000123: انقطاع الأدوية "
			+ "المزمنة في مركز صحي دورا منذ ثلاثة أسابيع.\nمع التحية، رصد";

	static final String HTML = "<p dir=\"rtl\">السادة مديرية الصحة في الخليل،</p><p>أُحيلت إليكم الحالة "
			+ "<strong>RSD-2026-000123</strong>.</p>";

	static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock(START);
		}
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
		registry.add("rasd.mail.poll-interval", () -> "PT1H");
		registry.add("rasd.mail.from", () -> "رصد <rasd@example.org>");
	}

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	OutboxMailRepository repository;

	@Autowired
	MailSettings settings;

	@Autowired
	MovableClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditManagement audit;

	@BeforeAll
	static void startServer() {
		SMTP.start();
	}

	@AfterAll
	static void stopServer() {
		SMTP.stop();
	}

	@BeforeEach
	void emptyOutboxAndMailboxes() throws Exception {
		if (!SMTP.isRunning()) {
			SMTP.start();
		}
		SMTP.purgeEmailFromAllMailboxes();
		jdbc.update("delete from notifications_outbox");
		clock.set(START);
	}

	@Test
	void deliversArabicMailIntactAsTextOrAsTextAndHtml() throws Exception {
		long plain = queue(new OutgoingMail("health.hebron@moh.ps", SUBJECT, TEXT, null, "case.referral",
				"RSD-2026-000123"));
		long rich = queue(new OutgoingMail("health.hebron@moh.ps", SUBJECT, TEXT, HTML, "case.referral",
				"RSD-2026-000123"));

		assertThat(dispatcher.dispatchNow()).isEqualTo(2);

		MimeMessage first = received(plain);
		assertThat(first.getSubject()).isEqualTo(SUBJECT);
		assertThat(first.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
		assertThat(first.getContent()).isEqualTo(TEXT);
		assertThat(first.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
			.containsExactly("health.hebron@moh.ps");
		InternetAddress from = (InternetAddress) first.getFrom()[0];
		assertThat(from.getAddress()).isEqualTo("rasd@example.org");
		assertThat(from.getPersonal()).isEqualTo("رصد");

		MimeMessage second = received(rich);
		assertThat(second.getSubject()).isEqualTo(SUBJECT);
		assertThat(second.getContentType()).startsWith("multipart/alternative");
		MimeMultipart parts = (MimeMultipart) second.getContent();
		assertThat(parts.getCount()).isEqualTo(2);
		assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("UTF-8");
		assertThat(parts.getBodyPart(0).getContent()).isEqualTo(TEXT);
		assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").containsIgnoringCase("UTF-8");
		assertThat(parts.getBodyPart(1).getContent()).isEqualTo(HTML);

		assertThat(entry(plain).status()).isEqualTo(MailStatus.SENT);
		assertThat(entry(plain).sentAt()).isEqualTo(START);
		assertThat(entry(rich).status()).isEqualTo(MailStatus.SENT);
		assertThat(dispatcher.dispatchNow()).isZero();
		assertThat(SMTP.getReceivedMessages()).hasSize(2);
	}

	@Test
	void whileTheServerIsDownMailWaitsAndThenGoesOutExactlyOnce() throws Exception {
		SMTP.stop();
		long id = queue(referral("health.hebron@moh.ps"));

		assertThat(dispatcher.dispatchNow()).isZero();
		OutboxEntry failed = entry(id);
		assertThat(failed.status()).isEqualTo(MailStatus.PENDING);
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.nextAttemptAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
		assertThat(failed.lastError()).isNotBlank();

		assertThat(dispatcher.dispatchNow()).as("not due again yet").isZero();
		assertThat(entry(id).attempts()).isEqualTo(1);

		SMTP.start();
		assertThat(dispatcher.dispatchNow()).as("server back, mail not due yet").isZero();
		assertThat(SMTP.getReceivedMessages()).isEmpty();

		clock.advance(Duration.ofSeconds(61));
		assertThat(dispatcher.dispatchNow()).isEqualTo(1);
		assertThat(dispatcher.dispatchNow()).isZero();
		clock.advance(Duration.ofHours(2));
		assertThat(dispatcher.dispatchNow()).isZero();
		assertThat(SMTP.getReceivedMessages()).hasSize(1);
		assertThat(received(id).getSubject()).isEqualTo(SUBJECT);
		assertThat(entry(id).status()).isEqualTo(MailStatus.SENT);
		assertThat(entry(id).attempts()).isEqualTo(1);
	}

	@Test
	void twoDispatchersRunningTogetherNeverSendTheSameMailTwice() throws Exception {
		int count = 60;
		List<Long> ids = new TransactionTemplate(transactionManager).execute(status -> {
			List<Long> queued = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				queued.add(outbox.queue(new OutgoingMail("unit" + i + "@moh.ps", "رسالة " + i, "نص " + i, null,
						"test.bulk", null)));
			}
			return queued;
		});
		// a second node: its own dispatcher on the same database and mail server
		MailDispatcher otherNode = new MailDispatcher(repository, context.getBeanProvider(JavaMailSender.class),
				"127.0.0.1", settings, clock);
		List<MailDispatcher> dispatchers = List.of(dispatcher, otherNode, dispatcher, otherNode);
		CyclicBarrier together = new CyclicBarrier(dispatchers.size());
		ExecutorService threads = Executors.newFixedThreadPool(dispatchers.size());
		int sent = 0;
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (MailDispatcher each : dispatchers) {
				Callable<Integer> run = () -> {
					together.await(10, TimeUnit.SECONDS);
					return each.dispatchNow();
				};
				results.add(threads.submit(run));
			}
			for (Future<Integer> result : results) {
				sent += result.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(sent).isEqualTo(count);
		MimeMessage[] messages = SMTP.getReceivedMessages();
		assertThat(messages).hasSize(count);
		assertThat(Arrays.stream(messages).map(MailDeliveryTests::outboxId).distinct()).hasSize(count);
		assertThat(outbox.counts()).containsEntry("SENT", (long) count).containsEntry("PENDING", 0L)
			.containsEntry("SENDING", 0L);
		assertThat(ids).hasSize(count);
	}

	@Test
	void afterTheLastAttemptTheMailFailsAndAnAdministratorQueuesItAgain() throws Exception {
		SMTP.stop();
		long id = queue(referral("health.hebron@moh.ps"));
		for (int attempt = 1; attempt <= 10; attempt++) {
			assertThat(dispatcher.dispatchNow()).isZero();
			OutboxEntry entry = entry(id);
			assertThat(entry.attempts()).isEqualTo(attempt);
			if (attempt < 10) {
				assertThat(entry.status()).isEqualTo(MailStatus.PENDING);
				assertThat(entry.nextAttemptAt()).isEqualTo(clock.instant().plus(OutboxMail.pauseAfter(attempt)));
			}
			clock.advance(Duration.ofHours(1));
		}
		OutboxEntry failed = entry(id);
		assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
		assertThat(failed.lastError()).isNotBlank().hasSizeLessThanOrEqualTo(2000);
		assertThat(dispatcher.dispatchNow()).isZero();
		assertThat(entry(id).attempts()).isEqualTo(10);

		var admin = user(users.loadUserByUsername(AccountFixtures.admin(identity).username()));
		assertThat(mvc.get().uri("/admin/mail?status=FAILED").with(admin).exchange()).hasStatusOk().bodyText()
			.contains(SUBJECT)
			.contains("action=\"/admin/mail/" + id + "/retry?status=FAILED\"");
		MvcTestResult retried = mvc.post().uri("/admin/mail/" + id + "/retry").with(admin).with(csrf()).exchange();
		assertThat(retried).hasStatus3xxRedirection().hasRedirectedUrl("/admin/mail");
		assertThat(retried.getMvcResult().getFlashMap().get("flash")).isEqualTo("notifications.mail.retried");
		assertThat(entry(id).status()).isEqualTo(MailStatus.PENDING);
		assertThat(entry(id).attempts()).isZero();
		assertThat(audit.entries("notifications.mail.retried", "mail", String.valueOf(id), null, 0, 10).totalItems())
			.isEqualTo(1);

		SMTP.start();
		assertThat(dispatcher.dispatchNow()).isEqualTo(1);
		assertThat(entry(id).status()).isEqualTo(MailStatus.SENT);
		assertThat(SMTP.getReceivedMessages()).hasSize(1);
	}

	@Test
	void aMailLeftSendingByAStoppedNodeIsSentAfterItsClaimLapses() throws Exception {
		long id = queue(referral("health.hebron@moh.ps"));
		// a node claims the mail, then stops before it can send it
		assertThat(repository.claim(id, START.plus(settings.claimTimeout()))).isEqualTo(1);
		assertThat(entry(id).status()).isEqualTo(MailStatus.SENDING);

		assertThat(dispatcher.dispatchNow()).isZero();
		clock.advance(Duration.ofMinutes(9));
		assertThat(dispatcher.dispatchNow()).isZero();
		assertThat(SMTP.getReceivedMessages()).isEmpty();

		clock.advance(Duration.ofMinutes(1));
		assertThat(dispatcher.dispatchNow()).isEqualTo(1);
		assertThat(entry(id).status()).isEqualTo(MailStatus.SENT);
		assertThat(SMTP.getReceivedMessages()).hasSize(1);
	}

	private static OutgoingMail referral(String to) {
		return new OutgoingMail(to, SUBJECT, TEXT, null, "case.referral", "RSD-2026-000123");
	}

	private long queue(OutgoingMail mail) {
		return new TransactionTemplate(transactionManager).execute(status -> outbox.queue(mail));
	}

	private OutboxEntry entry(long id) {
		return outbox.entries(null, 0, 500).items().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
	}

	private static MimeMessage received(long id) {
		List<MimeMessage> matching = Arrays.stream(SMTP.getReceivedMessages())
			.filter(m -> outboxId(m).equals(String.valueOf(id))).toList();
		assertThat(matching).as("messages for outbox id %s", id).hasSize(1);
		return matching.get(0);
	}

	private static String outboxId(MimeMessage message) {
		try {
			return message.getHeader("X-Rasd-Outbox-Id", null);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
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
