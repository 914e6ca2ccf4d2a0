package ps.rasd.media;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import ps.rasd.search.SearchManagement;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.shared.PdfText;
import ps.rasd.notifications.MailOutbox;
import ps.rasd.notifications.OutgoingMail;
import ps.rasd.notifications.internal.MailDispatcher;
import ps.rasd.search.SearchFixtures;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.PdfRenderer;
import ps.rasd.support.Principals;

/**
 * Figures for bench/media.sh (not a test: it asserts nothing and is run only by name). A newsletter issue to
 * {@code BENCH_SUBSCRIBERS} subscribers through a local SMTP server (GreenMail, in this JVM) with a referral mail
 * queued halfway; a {@code BENCH_PAGES}-page Arabic study drawn, extracted and indexed; the weight of public pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MediaBenchmark {

	static final int SUBSCRIBERS = Integer.parseInt(System.getenv().getOrDefault("BENCH_SUBSCRIBERS", "2000"));

	static final int PAGES = Integer.parseInt(System.getenv().getOrDefault("BENCH_PAGES", "200"));

	static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		SMTP.start();
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
		registry.add("rasd.mail.poll-interval", () -> "PT1H");
		registry.add("rasd.mail.batch-size", () -> "100");
	}

	@Autowired
	NewsletterManagement newsletter;

	@Autowired
	LibraryManagement library;

	@Autowired
	MediaManagement media;

	@Autowired
	MailOutbox outbox;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PdfRenderer pdf;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SearchManagement searchForIndex;

	private final RasdPrincipal editor = Principals.admin();

	@Test
	void figures() throws Exception {
		System.out.println("BENCH media — " + Runtime.getRuntime().availableProcessors() + " cores, heap max "
				+ Runtime.getRuntime().maxMemory() / 1_048_576 + " MB");
		newsletterFigures();
		pdfFigures();
		pageWeights();
		SMTP.stop();
	}

	private void newsletterFigures() throws Exception {
		List<Object[]> rows = new ArrayList<>();
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < SUBSCRIBERS; i++) {
			rows.add(new Object[] { "reader" + i + "@example.org", i % 4 == 0 ? "en" : "ar", "tok-" + i, now });
		}
		jdbc.batchUpdate("insert into media_subscriber (email, language, status, token, created_at, confirmed_at, "
				+ "version) values (?, ?, 'ACTIVE', ?, ?, null, 0)", rows);
		IssueView issue = newsletter.createIssue("نشرة رصد الشهرية", "Rasd monthly", false, editor);
		newsletter.addBlock(issue.id(), BlockKind.TEXT, "<p>" + "نتائج الرصد لهذا الشهر وما تغير بعد الإحالات. ".repeat(20)
				+ "</p>", "<p>" + "This month's findings. ".repeat(20) + "</p>", editor);
		newsletter.addBlock(issue.id(), BlockKind.NEWS, null, null, editor);
		newsletter.addBlock(issue.id(), BlockKind.PUBLICATIONS, null, null, editor);
		gc();
		long before = used();
		Instant start = Instant.now();
		int queued = newsletter.send(issue.id(), editor);
		Duration queueing = Duration.between(start, Instant.now());
		System.out.printf("BENCH newsletter: %d mails queued in %.1f s (%.0f/s)%n", queued, seconds(queueing),
				queued / seconds(queueing));

		AtomicLong referral = new AtomicLong();
		Thread referrer = new Thread(() -> {
			sleep(Duration.ofMillis(Math.max(500, (long) (queued * 2.5))));
			referral.set(transactions.execute(tx -> outbox.queue(new OutgoingMail("health.hebron@moh.ps",
					"إحالة الحالة RSD-2026-000123", "نص الإحالة", null, "case.referral", "RSD-2026-000123"))));
		});
		start = Instant.now();
		referrer.start();
		long peak = 0;
		int sent = 0;
		while (true) {
			int n = dispatcher.dispatchNow();
			sent += n;
			peak = Math.max(peak, used());
			if (SMTP.getReceivedMessages().length > 5000) {
				SMTP.purgeEmailFromAllMailboxes();
			}
			Long pending = jdbc.queryForObject("select count(*) from notifications_outbox where status = 'PENDING'",
					Long.class);
			if (n == 0 && pending == 0 && referral.get() != 0) {
				break;
			}
		}
		Duration sending = Duration.between(start, Instant.now());
		System.out.printf("BENCH newsletter: %d mails sent through SMTP in %.1f s (%.0f mails/s)%n", sent,
				seconds(sending), sent / seconds(sending));
		System.out.printf("BENCH newsletter: heap used before %d MB, peak while sending %d MB%n", before / 1_048_576,
				peak / 1_048_576);
		Timestamp[] referralTimes = jdbc.queryForObject(
				"select created_at, sent_at from notifications_outbox where id = ?",
				(rs, i) -> new Timestamp[] { rs.getTimestamp(1), rs.getTimestamp(2) }, referral.get());
		System.out.printf("BENCH newsletter: a referral queued while it was sending went out %d ms after it was queued%n",
				referralTimes[1].getTime() - referralTimes[0].getTime());
		System.out.println("BENCH newsletter: counts " + newsletter.counts(issue.id(), editor));
		Long htmlSize = jdbc.queryForObject("select max(length(html_body)) from notifications_outbox where kind = ?",
				Long.class, NewsletterManagement.MAIL_KIND);
		System.out.println("BENCH newsletter: one mail's HTML part " + htmlSize + " characters");
	}

	private void pdfFigures() throws Exception {
		StringBuilder body = new StringBuilder();
		for (int page = 1; page <= PAGES; page++) {
			body.append("<h2>الصفحة ").append(page).append("</h2>");
			for (int p = 0; p < 6; p++) {
				body.append("<p>رصد المتطوعون انقطاع المياه عن المنازل لأكثر من أربعة أيام متتالية في الأسبوع، وأفادت ")
					.append("الأسر بأنها تشتري المياه من الصهاريج بأسعار مرتفعة، وتوصي الدراسة بنشر جدول ضخ أسبوعي.</p>");
			}
			body.append("<p style=\"page-break-after: always\">").append("دليل ").append(page).append("</p>");
		}
		body.append("<p>عبارة فريدة في آخر الدراسة عن محطة ضخ الفارعة</p>");
		Instant start = Instant.now();
		byte[] study = pdf.render("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" dir=\"rtl\"><head>"
				+ "<meta charset=\"utf-8\"/><style>body { font-family: 'Rasd Arabic', 'Rasd Latin'; }</style></head><body>"
				+ body + "</body></html>", true);
		System.out.printf("BENCH pdf: drew a %d-page-long Arabic study, %d KB, in %.1f s%n", PAGES,
				study.length / 1024, seconds(Duration.between(start, Instant.now())));
		gc();
		long before = used();
		start = Instant.now();
		PdfText.Extracted text = PdfText.of(study, "media.publication.pdf-unreadable");
		System.out.printf("BENCH pdf: text of %d pages extracted (%d characters) in %.1f s, heap +%d MB%n",
				text.pages(), text.text().length(), seconds(Duration.between(start, Instant.now())),
				Math.max(0, used() - before) / 1_048_576);
		PublicationView p = library.create(new PublicationDraft("bench-" + System.nanoTime(), PublicationKind.STUDY,
				"دراسة الأداء", null, "رصد", LocalDate.now(), "ar", null, null, null, null, null, null), false, editor);
		start = Instant.now();
		library.upload(p.id(), new ByteArrayInputStream(study), editor);
		library.publish(p.id(), editor);
		SearchFixtures.awaitIndexed(searchForIndex);
		System.out.printf("BENCH pdf: uploaded (evidence checks + extraction + storage) and indexed in %.1f s%n",
				seconds(Duration.between(start, Instant.now())));
		String found = mvc.get().uri("/search?q=محطه ضخ الفارعه").exchange().getResponse().getContentAsString();
		System.out.println("BENCH pdf: phrase from its last page found: " + found.contains("/library/" + p.slug()));
		this.benchSlug = p.slug();
	}

	private String benchSlug;

	private void pageWeights() throws Exception {
		for (String path : List.of("/", "/news", "/library", "/library/" + benchSlug, "/newsletter")) {
			byte[] page = mvc.get().uri(path).exchange().getResponse().getContentAsByteArray();
			System.out.printf("BENCH page %s: %d bytes, %d bytes gzipped%n", path, page.length, gzip(page));
		}
	}

	private static int gzip(byte[] bytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(bytes);
		}
		return out.size();
	}

	private static long used() {
		long used = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				used += pool.getUsage().getUsed();
			}
		}
		return used;
	}

	private static void gc() {
		System.gc();
		sleep(Duration.ofMillis(200));
	}

	private static double seconds(Duration d) {
		return Math.max(d.toMillis(), 1) / 1000.0;
	}

	private static void sleep(Duration d) {
		try {
			Thread.sleep(d.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
