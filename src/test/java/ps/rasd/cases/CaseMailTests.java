package ps.rasd.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import ps.rasd.cases.internal.CaseMail;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.notifications.internal.MailDispatcher;
import ps.rasd.registry.AuthorityDetails;
import ps.rasd.registry.AuthorityKind;
import ps.rasd.registry.AuthoritySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.MovableClock;
import ps.rasd.support.Principals;

/**
 * The cases module's e-mail, in Arabic, through a real SMTP server (GreenMail in this JVM): the reporter's
 * confirmation with the tracking link, updates, the referral with a reply link that works, the reminder, the overdue
 * notice to the coordinator and the daily digest.
 */
@SpringBootTest(properties = "rasd.test.context=case-mail")
@ActiveProfiles("test")
@Import(MovableClock.Config.class)
class CaseMailTests {

	static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
		registry.add("rasd.mail.poll-interval", () -> "PT1H");
		registry.add("rasd.base-url", () -> "https://rasd.example.org");
	}

	@BeforeAll
	static void start() {
		SMTP.start();
	}

	@AfterAll
	static void stop() {
		SMTP.stop();
	}

	@Autowired
	CaseIntake caseIntake;

	@Autowired
	CaseWorkflow caseWorkflow;

	@Autowired
	CaseReplies caseReplies;

	@Autowired
	CaseQueue caseQueue;

	@Autowired
	CaseMail mail;

	@Autowired
	RegistryManagement registry;

	@Autowired
	IdentityManagement identity;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyoneConcernedHearsOfTheCaseInArabic() throws Exception {
		String coordinatorMail = AccountFixtures.uniqueName("coord") + "@example.org";
		identity.createWithPassword(AccountFixtures.uniqueName("coordinator"), new AccountDetails("منسقة الخليل",
				coordinatorMail, EnumSet.of(Role.COORDINATOR), Set.of("50")), AccountFixtures.PASSWORD);
		AuthoritySummary water = registry.createAuthority(new AuthorityDetails(null, AuthorityKind.UTILITY,
				new LocalizedText("دائرة مياه الخليل", "Hebron Water Department"), "50", "WATER",
				"water-hebron@example.org", null, null, 7), Principals.admin());
		RasdPrincipal coordinator = Principals.coordinator("50");

		Filed filed = caseIntake.file(new NewCase("انقطاع المياه عن حي الحاووز", "المياه مقطوعة منذ عشرة أيام.", "50",
				null, null, "WATER", null, null), new ReporterDetails("هدى", null, "huda@example.org", false, true,
						"ar"), CaseSource.PUBLIC, null, null);
		String ref = filed.summary().reference();
		MimeMessage confirmation = next("huda@example.org", "case.filed");
		assertThat(confirmation.getSubject()).isEqualTo("وصلت شكواك " + ref);
		assertThat(text(confirmation)).contains("https://rasd.example.org/track/" + filed.trackingToken());

		CaseSummary verified = caseWorkflow.act(ref, CaseAction.VERIFY, 0, ActionInput.notes(null, null), coordinator);
		assertThat(text(next("huda@example.org", "case.update"))).contains(ref, "تم التحقق");

		caseWorkflow.act(ref, CaseAction.REFER, verified.version(), new ActionInput(water.id(), null, null, null, null, null,
				"أحيلت إلى دائرة المياه"), coordinator);
		MimeMessage referral = next("water-hebron@example.org", "case.referral");
		assertThat(referral.getSubject()).isEqualTo("إحالة الحالة " + ref + ": انقطاع المياه عن حي الحاووز");
		String body = text(referral);
		assertThat(body).contains("إلى: دائرة مياه الخليل", "المياه مقطوعة منذ عشرة أيام.");
		assertThat(html(referral)).contains("dir=\"rtl\"");
		Matcher link = Pattern.compile("https://rasd\\.example\\.org/reply/([A-Za-z0-9._-]+)").matcher(body);
		assertThat(link.find()).isTrue();
		assertThat(caseReplies.replyContext(link.group(1)).summary().reference()).isEqualTo(ref);
		assertThat(text(next("huda@example.org", "case.update"))).contains("محالة إلى الجهة المسؤولة",
				"أحيلت إلى دائرة المياه");

		clock.advance(Duration.ofDays(6));
		caseWorkflow.checkDeadlines();
		MimeMessage reminder = next("water-hebron@example.org", "case.reminder");
		assertThat(reminder.getSubject()).contains("تذكير", ref);
		assertThat(text(reminder)).contains("https://rasd.example.org/reply/");

		clock.advance(Duration.ofDays(2));
		caseWorkflow.checkDeadlines();
		MimeMessage overdue = next(coordinatorMail, "case.overdue");
		assertThat(overdue.getSubject()).contains(ref, "تجاوزت");
		assertThat(text(overdue)).contains("دائرة مياه الخليل", "https://rasd.example.org/cases/" + ref);

		assertThat(mail.digest()).isGreaterThanOrEqualTo(1);
		assertThat(text(next(coordinatorMail, "case.digest"))).contains("منسقة الخليل",
				"إحالات تجاوزت موعدها: 1");
	}

	@Autowired
	ps.rasd.monitoring.MonitoringManagement monitoring;

	@Autowired
	ps.rasd.forms.FormsManagement forms;

	@Test
	void aCaseAskedForFromAVisitIsFiledAfterTheVisitCommitsPrefilledAndOnce() throws Exception {
		var clinic = ps.rasd.support.MonitoringFixtures.hebronHealthCentre(registry);
		ps.rasd.support.MonitoringFixtures.publishedHealthForm(forms);
		var monitor = AccountFixtures.hebronMonitor(identity);
		RasdPrincipal monitorPrincipal = Principals.monitor(monitor.id(), "50");
		var visit = monitoring.submitNew(clinic.id(), null, ps.rasd.support.MonitoringFixtures.goodHealthAnswers(),
				"visit-case-" + System.nanoTime(), monitorPrincipal).visit();
		String indicator = visit.scores().keySet().iterator().next();
		monitoring.requestCase(visit.id(), indicator, Principals.coordinator("50"));
		monitoring.requestCase(visit.id(), indicator, Principals.coordinator("50"));
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (jdbc.queryForObject("select count(*) from cases_case where visit_id = ?", Long.class, visit.id()) == 0) {
			assertThat(System.nanoTime()).as("a case from the visit").isLessThan(deadline);
			Thread.sleep(50);
		}
		Thread.sleep(300);
		assertThat(jdbc.queryForObject("select count(*) from cases_case where visit_id = ?", Long.class, visit.id()))
			.isEqualTo(1);
		CaseSummary filed = caseQueue.queue(CaseQuery.all(), 0, 200, Principals.coordinator("50")).items().stream()
			.filter(c -> visit.id() == (c.visitId() == null ? -1 : c.visitId())).findFirst().orElseThrow();
		assertThat(filed.source()).isEqualTo(CaseSource.VISIT);
		assertThat(filed.facilityId()).isEqualTo(clinic.id());
		assertThat(filed.indicatorCode()).isEqualTo(indicator);
		assertThat(filed.status()).isEqualTo(CaseStatus.SUBMITTED);
	}

	private final java.util.Map<String, Long> consumed = new java.util.HashMap<>();

	/** Waits for the listener to queue the mail, sends the outbox, returns the message the recipient got. */
	private MimeMessage next(String to, String kind) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		long seen = consumed.merge(to + " " + kind, 1L, Long::sum);
		while (jdbc.queryForObject("select count(*) from notifications_outbox where recipient = ? and kind = ?",
				Long.class, to, kind) < seen) {
			assertThat(System.nanoTime()).as("a %s mail to %s", kind, to).isLessThan(deadline);
			Thread.sleep(50);
		}
		dispatcher.dispatchNow();
		List<MimeMessage> got = Arrays.stream(SMTP.getReceivedMessages())
			.filter(m -> {
				try {
					return m.getAllRecipients()[0].toString().equals(to);
				}
				catch (Exception ex) {
					return false;
				}
			}).toList();
		assertThat(got).isNotEmpty();
		return got.get(got.size() - 1);
	}

	private static String text(MimeMessage message) throws Exception {
		return part(message, "text/plain");
	}

	private static String html(MimeMessage message) throws Exception {
		return part(message, "text/html");
	}

	private static String part(MimeMessage message, String type) throws Exception {
		Object content = message.getContent();
		if (content instanceof String s) {
			return s;
		}
		return find((Multipart) content, type);
	}

	private static String find(Multipart multipart, String type) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.isMimeType(type)) {
				return (String) part.getContent();
			}
			if (part.getContent() instanceof Multipart nested) {
				String found = find(nested, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
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
