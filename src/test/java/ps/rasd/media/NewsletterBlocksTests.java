package ps.rasd.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.media.internal.IssueRenderer;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.Principals;

/**
 * The newsletter's blocks drawn from the other modules (the demo forum's findings, poll, activities and campaign,
 * the same context as the other demo tests): shown in the preview, frozen when the issue is sent, and narrowed to
 * the governorates a subscriber chose, in their language.
 */
@SpringBootTest(properties = "rasd.demo=true")
@ActiveProfiles("test")
class NewsletterBlocksTests {

	private static final Pattern GOVERNORATE = Pattern.compile("data-governorate=\"(\\d+)\"");

	@Autowired
	NewsletterManagement newsletter;

	@Autowired
	IssueRenderer renderer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	private final RasdPrincipal editor = Principals.admin();

	@Test
	void blocksFromFindingsPollsActivitiesAndCampaignsArePreviewedThenFrozenWhenSent() {
		IssueView issue = newsletter.createIssue("عدد الكتل", "Blocks issue", true, editor);
		for (BlockKind kind : new BlockKind[] { BlockKind.FINDINGS, BlockKind.POLL, BlockKind.ACTIVITIES,
				BlockKind.CAMPAIGN }) {
			newsletter.addBlock(issue.id(), kind, null, null, editor);
		}
		IssueView preview = newsletter.forEditor(issue.id(), editor);
		assertThat(preview.blocks()).extracting(IssueView.Block::bodyAr).satisfiesExactly(
				findings -> assertThat(findings).contains("آخر نتائج الرصد", "/findings/RSD-", "data-governorate="),
				poll -> assertThat(poll).contains("/opinion-polls/", "٪"),
				activities -> assertThat(activities).contains("أنشطة قادمة", "/events/"),
				campaign -> assertThat(campaign).contains("/campaigns/"));
		assertThat(preview.blocks().get(1).bodyEn()).contains("From our opinion polls", "%");
		String mail = renderer.html(preview, Locale.forLanguageTag("ar"));
		assertThat(mail).contains("dir=\"rtl\"", "border-right:4px solid", "/opinion-polls/").doesNotContain("<script");
		assertThat(renderer.text(preview, Locale.ENGLISH)).contains("Coming up", "/events/");

		newsletter.send(issue.id(), editor);
		IssueView sent = newsletter.sent(issue.number()).orElseThrow();
		assertThat(sent.blocks()).extracting(IssueView.Block::bodyAr)
			.containsExactlyElementsOf(preview.blocks().stream().map(IssueView.Block::bodyAr).toList());
	}

	@Test
	void aSubscriberWhoChoseGovernoratesReceivesOnlyTheirFindingsInTheirLanguage() {
		IssueView issue = newsletter.createIssue("عدد المحافظات", "Governorates issue", true, editor);
		newsletter.addBlock(issue.id(), BlockKind.TEXT, "<p>للجميع</p>", "<p>For everyone</p>", editor);
		newsletter.addBlock(issue.id(), BlockKind.FINDINGS, null, null, editor);
		String findings = newsletter.forEditor(issue.id(), editor).blocks().get(1).bodyAr();
		Matcher first = GOVERNORATE.matcher(findings);
		assertThat(first.find()).as("a finding with a governorate in the demo").isTrue();
		String chosen = first.group(1);
		long others = GOVERNORATE.matcher(findings).results().filter(m -> !m.group(1).equals(chosen)).count();

		String all = subscriber("all", "ar", null);
		String one = subscriber("one", "ar", chosen);
		String none = subscriber("none", "en", "99");
		newsletter.send(issue.id(), editor);

		assertThat(html(all)).contains("للجميع", "data-governorate=\"" + chosen + "\"");
		assertThat(GOVERNORATE.matcher(html(one)).results().map(m -> m.group(1)).distinct()).containsExactly(chosen);
		if (others > 0) {
			assertThat(html(all).length()).isGreaterThan(html(one).length());
		}
		assertThat(html(none)).contains("For everyone").doesNotContain("data-governorate", "Latest findings");
		assertThat(jdbc.queryForObject("select subject from notifications_outbox where recipient = ? and kind = ?",
				String.class, none, NewsletterManagement.MAIL_KIND)).isEqualTo("Governorates issue");
	}

	private String subscriber(String name, String language, String governorates) {
		String email = name + "-" + System.nanoTime() + "@example.org";
		transactions.executeWithoutResult(tx -> newsletter.subscribe(email, language, null, governorates));
		newsletter.confirm(jdbc.queryForObject("select token from media_subscriber where email = ?", String.class,
				email));
		return email;
	}

	private String html(String recipient) {
		return jdbc.queryForObject("select html_body from notifications_outbox where recipient = ? and kind = ?",
				String.class, recipient, NewsletterManagement.MAIL_KIND);
	}
}
