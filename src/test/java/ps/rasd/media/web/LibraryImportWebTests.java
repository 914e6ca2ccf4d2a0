package ps.rasd.media.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ps.rasd.analytics.ExportStatus;
import ps.rasd.analytics.ReportManagement;
import ps.rasd.analytics.ReportRequest;
import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.media.LibraryManagement;
import ps.rasd.media.PublicationKind;
import ps.rasd.media.PublicationView;
import ps.rasd.polls.PollFieldwork;
import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollPublication;
import ps.rasd.polls.PollSummary;
import ps.rasd.shared.PdfText;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.PollFixtures;
import ps.rasd.support.Principals;

/**
 * A poll's published results and a periodic report become library entries in one step: the editor's desk offers
 * them, taking one makes a draft with the printed PDF (its text extracted like any upload) and the document's facts.
 * The poll's printed report is also public, beside its page.
 */
@IntegrationTest
// its own context and database: the polls, reports and publications it commits must not change what other test
// classes count
@TestPropertySource(properties = "rasd.test.context=library-import")
class LibraryImportWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	LibraryManagement library;

	@Autowired
	PollManagement polls;

	@Autowired
	FormsManagement forms;

	@Autowired
	PollFieldwork fieldwork;

	@Autowired
	PollPublication publication;

	@Autowired
	ReportManagement reports;

	private RequestPostProcessor coordinator() {
		return user(users.loadUserByUsername(AccountFixtures.hebronCoordinator(identity).username()));
	}

	@Test
	void aPollsPublishedResultsAreTakenIntoTheLibraryAsAPollReportInOneStep() {
		PollSummary poll = publishedPoll();
		assertThat(mvc.get().uri("/editorial/library").with(coordinator()).exchange()).hasStatusOk().bodyText()
			.contains("نتائج استطلاعات الرأي المنشورة").contains("value=\"" + poll.code() + "\"");

		var taken = mvc.post().uri("/editorial/library/import").with(coordinator()).with(csrf()).param("source", "polls")
			.param("key", poll.code()).exchange();
		assertThat(taken).hasStatus3xxRedirection();
		long id = Long.parseLong(taken.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		PublicationView entry = library.forEditor(id, Principals.coordinator("50"));
		assertThat(entry.kind()).isEqualTo(PublicationKind.POLL_REPORT);
		assertThat(entry.titleAr()).isEqualTo("رأي الشباب في الخدمات العامة");
		assertThat(entry.published()).as("a draft for the editor to review").isFalse();
		assertThat(entry.fileId()).isNotNull();
		assertThat(entry.links()).containsExactly("/opinion-polls/" + poll.code());
		assertThat(library.text(id)).contains("الخدمات العامة").contains("انتقاد السلطات");

		var again = mvc.post().uri("/editorial/library/import").with(coordinator()).with(csrf()).param("source", "polls")
			.param("key", poll.code()).exchange();
		long second = Long.parseLong(again.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		assertThat(library.forEditor(second, Principals.coordinator("50")).slug()).as("a second take gets its own address")
			.isEqualTo(entry.slug() + "-2");
	}

	@Test
	void anUnknownOfferIsSaidAndNothingIsMade() {
		var taken = mvc.post().uri("/editorial/library/import").with(coordinator()).with(csrf()).param("source", "polls")
			.param("key", "no-such-poll").exchange();
		assertThat(taken).hasRedirectedUrl("/editorial/library");
		assertThat(taken.getMvcResult().getFlashMap().get("problem")).isEqualTo("media.library.import.not-found");
	}

	@Test
	void nobodyButAnEditorSeesOrTakesTheOffers() {
		assertThat(mvc.post().uri("/editorial/library/import").with(csrf()).param("source", "polls").param("key", "x")
			.exchange()).hasStatus3xxRedirection().redirectedUrl().contains("/login");
	}

	@Test
	void aPollsPublishedResultsArePrintedAsAPublicPdfInEitherLanguage() {
		PollSummary poll = publishedPoll();
		var arabic = mvc.get().uri("/opinion-polls/" + poll.code() + "/report.pdf").exchange();
		assertThat(arabic).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		String text = PdfText.of(arabic.getResponse().getContentAsByteArray(), "x").text();
		assertThat(text).contains("رأي الشباب في الخدمات العامة").contains("انتقاد السلطات").contains("٪");
		var english = mvc.get().uri("/opinion-polls/" + poll.code() + "/report.pdf").cookie(new Cookie("rasd-lang", "en"))
			.exchange();
		assertThat(PdfText.of(english.getResponse().getContentAsByteArray(), "x").text())
			.contains("Youth opinion on public services").contains("criticise the authorities");
		assertThat(mvc.get().uri("/opinion-polls/no-such-poll/report.pdf").exchange()).hasStatus(404);
	}

	@Test
	void aFinishedPeriodicReportIsTakenIntoTheLibraryAsAResearchReport() throws Exception {
		var job = reports.request(new ReportRequest(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), "50", null,
				"ar"), Principals.coordinator("50"));
		Instant until = Instant.now().plus(Duration.ofMinutes(3));
		while (reports.job(job.id(), Principals.coordinator("50")).status() != ExportStatus.DONE
				&& Instant.now().isBefore(until)) {
			Thread.sleep(200);
		}
		assertThat(mvc.get().uri("/editorial/library").with(coordinator()).exchange()).hasStatusOk().bodyText()
			.contains("تقارير الرصد الدورية").contains("value=\"" + job.id() + "\"");
		var taken = mvc.post().uri("/editorial/library/import").with(coordinator()).with(csrf())
			.param("source", "reports").param("key", String.valueOf(job.id())).exchange();
		long id = Long.parseLong(taken.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		PublicationView entry = library.forEditor(id, Principals.coordinator("50"));
		assertThat(entry.kind()).isEqualTo(PublicationKind.RESEARCH_REPORT);
		assertThat(entry.governorates()).containsExactly("50");
		assertThat(entry.issuedOn()).isEqualTo(LocalDate.of(2026, 10, 31));
		assertThat(entry.titleAr()).startsWith("تقرير الرصد الدوري");
		assertThat(library.text(id)).contains("تقرير الرصد الدوري");
	}

	/** A poll of sixty interviews with its free-expression question published alone. */
	private PollSummary publishedPoll() {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		for (int i = 0; i < 60; i++) {
			var answers = PollFixtures.answers("50", i % 3 == 0 ? "male" : "female", 20 + i % 40, "urban", 1 + i % 5);
			answers.put("free_expression", i % 5 < 2 ? "yes" : "no");
			fieldwork.interview(poll.id(), UUID.randomUUID().toString(), answers, Instant.now().minusSeconds(300 + i),
					Principals.analyst());
		}
		publication.publish(poll.id(), "free_expression", null, Principals.analyst());
		return poll;
	}
}
