package ps.rasd.polls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.forms.FormSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.polls.PollFieldwork;
import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollStatus;
import ps.rasd.polls.PollSummary;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.PollFixtures;

@IntegrationTest
@Transactional
class PollWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	FormsManagement forms;

	@Autowired
	PollManagement polls;

	@Autowired
	PollFieldwork fieldwork;

	private String analyst;

	private String monitor;

	private FormSummary form;

	@BeforeEach
	void setUp() {
		analyst = account("analyst", Role.ANALYST);
		monitor = account("monitor", Role.MONITOR, "50");
		form = PollFixtures.publishedPollForm(forms);
	}

	private String account(String name, Role role, String... governorates) {
		String username = identity.createWithPassword(AccountFixtures.uniqueName(name),
				new AccountDetails(name, null, EnumSet.of(role), Set.of(governorates)), AccountFixtures.PASSWORD)
			.username();
		identity.consent(username);
		return username;
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	@Test
	void anAnalystCreatesAPollAndAWrongDateKeepsEverythingTyped() {
		MvcTestResult bad = mvc.post().uri("/polls").with(as(analyst)).with(csrf()).cookie(new jakarta.servlet.http.Cookie("rasd-lang", "en"))
			.param("code", "youth-2026").param("titleAr", "رأي الشباب").param("populationAr", "الشباب")
			.param("formId", String.valueOf(form.id())).param("fieldworkStart", "2026-11-20")
			.param("fieldworkEnd", "2026-11-01").param("modes", "WEB_OPEN").exchange();
		assertThat(bad).hasStatus(422);
		assertThat(bad).bodyText().contains("The last day cannot come before the first.").contains("رأي الشباب")
			.contains("youth-2026").contains("2026-11-20");

		MvcTestResult good = mvc.post().uri("/polls").with(as(analyst)).with(csrf())
			.param("code", "youth-2026").param("titleAr", "رأي الشباب").param("populationAr", "الشباب")
			.param("formId", String.valueOf(form.id())).param("fieldworkStart", "٢٠٢٦-١١-٠١")
			.param("fieldworkEnd", "2026-11-20").param("modes", "WEB_OPEN", "ENUMERATOR").exchange();
		assertThat(good).hasStatus3xxRedirection();
		PollSummary poll = polls.poll("youth-2026").orElseThrow();
		assertThat(poll.fieldworkStart()).hasToString("2026-11-01");
		assertThat(mvc.get().uri("/polls/" + poll.id()).with(as(analyst))).hasStatusOk().bodyText()
			.contains("رأي الشباب").contains("مسودة");
	}

	@Test
	void variablesAndDesignAreEditedAsTextAndAWrongLineIsNamed() {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		assertThat(mvc.post().uri("/polls/" + poll.id() + "/variables").with(as(analyst)).with(csrf())
			.param("definition", "sex = sex\nage_group = age : 18-29=young, 30-=older")).hasStatus3xxRedirection();
		assertThat(polls.poll(poll.id()).variables()).hasSize(2);

		MvcTestResult wrong = mvc.post().uri("/polls/" + poll.id() + "/design").with(as(analyst)).with(csrf())
			.cookie(new jakarta.servlet.http.Cookie("rasd-lang", "en")).param("strataVariables", "sex").param("strata", "male : 50\nfemale fifty")
			.param("quotas", "age_group=young : 30").exchange();
		assertThat(wrong).hasStatus(422);
		assertThat(wrong).bodyText().contains("Line 2 of the strata is not understood").contains("female fifty");

		assertThat(mvc.post().uri("/polls/" + poll.id() + "/design").with(as(analyst)).with(csrf())
			.param("strataVariables", "sex").param("strata", "male : 50\nfemale : ٥٠")
			.param("quotas", "age_group=young : 30")).hasStatus3xxRedirection();
		assertThat(polls.poll(poll.id()).plannedSize()).isEqualTo(100);
	}

	@Test
	void anAnalystAssignsEnumeratorsAndOthersCanNoLongerInterview() {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		String other = account("other", Role.MONITOR, "45");
		long monitorId = identity.account(monitor).orElseThrow().id();
		assertThat(mvc.get().uri("/polls/" + poll.id()).with(as(analyst))).hasStatusOk().bodyText()
			.contains("name=\"accountId\" value=\"" + monitorId + "\"");
		assertThat(mvc.post().uri("/polls/" + poll.id() + "/enumerators").with(as(analyst)).with(csrf())
			.param("accountId", String.valueOf(monitorId))).hasStatus3xxRedirection();
		assertThat(polls.poll(poll.id()).enumerators()).containsExactly(monitorId);
		assertThat(mvc.get().uri("/polls/" + poll.id() + "/interview").with(as(monitor))).hasStatusOk();
		assertThat(mvc.get().uri("/polls/" + poll.id() + "/interview").with(as(other))).hasStatus(404);
		assertThat(mvc.post().uri("/polls/" + poll.id() + "/enumerators").with(as(monitor)).with(csrf()))
			.hasStatus(403);
	}

	@Test
	void theProgressTableNamesGovernoratesNotJustTheirCodes() {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		polls.design(poll.id(), java.util.List.of("governorate", "locality_type"),
				java.util.List.of(new ps.rasd.polls.StratumPlan("50|urban", 10, null)),
				java.util.List.of(new ps.rasd.polls.Quota("sex", "female", 5)), ps.rasd.support.Principals.analyst());
		assertThat(mvc.get().uri("/polls/" + poll.id()).with(as(analyst))).hasStatusOk().bodyText()
			.contains("الخليل · urban").contains("stratum = 50|urban").contains("sex = female");
	}

	@Test
	void aRespondentAnswersThroughTheOpenLinkOnceEvenWhenSendingTwice() {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		MvcTestResult page = mvc.get().uri("/p/" + poll.openLink()).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page.getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(page.getResponse().getHeader("X-Robots-Tag")).contains("noindex");
		assertThat(page).bodyText().contains("في أي محافظة تقيم؟");

		var send = mvc.post().uri("/p/" + poll.openLink()).with(csrf()).param("key", "k-1")
			.param("started", String.valueOf(System.currentTimeMillis() - 240_000));
		for (Map.Entry<String, String> a : PollFixtures.answers("50", "female", 22, "urban", 4).entrySet()) {
			send = send.param("a." + a.getKey(), a.getValue().split(" "));
		}
		assertThat(send.exchange()).hasRedirectedUrl("/p/thanks");
		assertThat(send.exchange()).hasRedirectedUrl("/p/thanks");
		assertThat(fieldwork.responseCounts(poll.id())[0]).isEqualTo(1);
		assertThat(fieldwork.allResponses(poll.id(), ps.rasd.support.Principals.analyst()).get(0).answers())
			.containsEntry("services_used", "health school");
	}

	@Test
	void aMissingAnswerShowsTheQuestionnaireAgainWithTheOtherAnswersKept() {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		MvcTestResult result = mvc.post().uri("/p/" + poll.openLink()).with(csrf()).cookie(new jakarta.servlet.http.Cookie("rasd-lang", "en"))
			.param("key", "k-2").param("a.governorate", "60").param("a.age", "٣٤").exchange();
		assertThat(result).hasStatus(422);
		assertThat(result).bodyText().contains("Some answers need correcting").contains("value=\"34\"")
			.contains("value=\"k-2\"");
		assertThat(fieldwork.responseCounts(poll.id())[0]).isZero();
	}

	@Test
	void anEnumeratorEntersAnInterviewAndIsRecorded() {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		var send = mvc.post().uri("/polls/" + poll.id() + "/interview").with(as(monitor)).with(csrf())
			.param("key", "interview-1");
		for (Map.Entry<String, String> a : PollFixtures.answers("50", "male", 40, "rural", 2).entrySet()) {
			send = send.param("a." + a.getKey(), a.getValue().split(" "));
		}
		assertThat(send.exchange()).hasRedirectedUrl("/polls/" + poll.id() + "/interview");
		long monitorId = identity.account(monitor).orElseThrow().id();
		var response = fieldwork.allResponses(poll.id(), ps.rasd.support.Principals.analyst()).get(0);
		assertThat(response.enumeratorId()).isEqualTo(monitorId);
		// several answers of one question are a list, not words run together
		assertThat(mvc.get().uri("/polls/" + poll.id() + "/responses/" + response.id()).with(as(analyst)))
			.hasStatusOk().bodyText().contains("<li>مركز صحي أو مستشفى حكومي</li><li>مدرسة حكومية</li>");
		assertThat(mvc.get().uri("/polls").with(as(monitor))).hasStatusOk().bodyText()
			.contains("/polls/" + poll.id() + "/interview");
	}

	@Test
	void oneTimeLinksAreHandedOutOnceAsAFileAndOpenOnce() throws Exception {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		MvcTestResult file = mvc.post().uri("/polls/" + poll.id() + "/invitations").with(as(analyst)).with(csrf())
			.param("count", "٣").exchange();
		assertThat(file).hasStatusOk();
		String[] lines = file.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines).hasSize(4);
		String link = lines[1].substring(lines[1].indexOf("/p/i/"));
		assertThat(mvc.get().uri(link)).hasStatusOk();
		var send = mvc.post().uri(link).with(csrf()).param("key", "invited-1");
		for (Map.Entry<String, String> a : PollFixtures.answers("01", "female", 60, "rural", 5).entrySet()) {
			send = send.param("a." + a.getKey(), a.getValue().split(" "));
		}
		assertThat(send.exchange()).hasRedirectedUrl("/p/thanks");
		assertThat(mvc.get().uri(link)).hasStatus(404);
	}

	@Test
	void closingFieldworkStopsTheOpenLink() {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		assertThat(mvc.post().uri("/polls/" + poll.id() + "/fieldwork").with(as(analyst)).with(csrf())
			.param("action", "close")).hasStatus3xxRedirection();
		assertThat(polls.poll(poll.id()).status()).isEqualTo(PollStatus.CLOSED);
		assertThat(mvc.get().uri("/p/" + poll.openLink())).hasStatus(404);
	}

	@Test
	void theRelevanceOfQuestionsFollowsTheAnswers() {
		PollSummary poll = PollFixtures.pollInFieldwork(polls, forms);
		assertThat(mvc.post().uri("/p/" + poll.openLink() + "/relevance").with(csrf())
			.param("a.top_problem", "other")).hasStatusOk().bodyText().contains("top_problem_other");
		assertThat(mvc.post().uri("/p/" + poll.openLink() + "/relevance").with(csrf())
			.param("a.top_problem", "cost")).hasStatusOk().bodyText().doesNotContain("top_problem_other");
	}
}
