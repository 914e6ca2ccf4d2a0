package ps.rasd.polls.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.forms.FormsManagement;
import ps.rasd.forms.Question;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.polls.PollAnalysis;
import ps.rasd.polls.PollPublication;
import ps.rasd.polls.PollFieldwork;
import ps.rasd.polls.PollManagement;
import ps.rasd.polls.PollResults;
import ps.rasd.polls.PollSummary;
import ps.rasd.polls.internal.PollSearchSource;
import ps.rasd.polls.PollTargets;
import ps.rasd.polls.ResponseSummary;
import ps.rasd.polls.TargetTable;
import ps.rasd.polls.analysis.CrossTabulation;
import ps.rasd.polls.analysis.Estimates;
import ps.rasd.polls.analysis.PopulationTargetTable;
import ps.rasd.polls.analysis.QuestionEstimates;
import ps.rasd.polls.analysis.Respondent;
import ps.rasd.polls.analysis.Variable;
import ps.rasd.polls.analysis.WeightedResponses;
import ps.rasd.polls.analysis.Weighting;
import ps.rasd.polls.analysis.WeightingPlan;
import ps.rasd.polls.analysis.WeightingResult;
import ps.rasd.shared.LocalizedText;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.PollFixtures;

/**
 * The analysis pages against the analysis layer: a poll of 60 known interviews raked to sex and locality type, its
 * estimates and cross-tabs as the pages show them, exclusions, exports, publication and the public pages.
 */
@IntegrationTest
@Transactional
class PollResultsWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PollManagement polls;

	@Autowired
	PollFieldwork fieldwork;

	@Autowired
	PollAnalysis analysis;

	@Autowired
	PollPublication publication;

	@Autowired
	PollTargets targets;

	@Autowired
	FormsManagement forms;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	MessageSource messages;

	@Autowired
	PollSearchSource search;

	RasdPrincipal analyst;

	PollSummary poll;

	TargetTable sex;

	TargetTable locality;

	@BeforeEach
	void pollWithSixtyInterviews() {
		String username = identity.createWithPassword(AccountFixtures.uniqueName("analyst"),
				new AccountDetails("Enumerator Salma", null, EnumSet.of(Role.ANALYST), Set.of()),
				AccountFixtures.PASSWORD).username();
		analyst = (RasdPrincipal) users.loadUserByUsername(username);
		poll = PollFixtures.pollInFieldwork(polls, forms);
		for (int i = 0; i < 60; i++) {
			fieldwork.interview(poll.id(), UUID.randomUUID().toString(), answers(i),
					Instant.now().minusSeconds(300 + 5L * i), analyst);
		}
		sex = targets.save(null, null, table("sex", Map.of("male", 50.0, "female", 50.0)), analyst);
		locality = targets.save(null, null, table("locality_type", Map.of("urban", 50.0, "rural", 35.0, "camp", 15.0)),
				analyst);
	}

	static Map<String, String> answers(int i) {
		String locality = i % 10 < 6 ? "urban" : i % 10 < 9 ? "rural" : "camp";
		Map<String, String> a = PollFixtures.answers("50", i % 3 == 0 ? "male" : "female", 20 + i % 40, locality,
				1 + i % 5);
		a.put("free_expression", i % 5 < 2 ? "yes" : "no");
		if (i < 5) {
			a.put("complained", "yes");
			a.put("complaint_answered", i % 2 == 0 ? "yes" : "no");
		}
		return a;
	}

	static PopulationTargetTable table(String variable, Map<String, Double> shares) {
		List<PopulationTargetTable.Row> rows = new java.util.ArrayList<>();
		new java.util.TreeMap<>(shares).forEach((c, v) -> rows.add(new PopulationTargetTable.Row(c,
				new LocalizedText("فئة " + c, "Category " + c), v)));
		return new PopulationTargetTable(variable, new LocalizedText(variable, variable), "Test census 2026", 2026,
				rows, PopulationTargetTable.Kind.PERCENT);
	}

	private MvcTestResult rake() {
		return mvc.post().uri("/polls/" + poll.id() + "/weighting").with(user(analystDetails())).with(csrf())
			.cookie(new jakarta.servlet.http.Cookie("rasd-lang", "en")).param("method", "RAKING")
			.param("tables", "", String.valueOf(sex.id()), "", String.valueOf(locality.id()))
			.param("tolerance", "0.000001").param("maxIterations", "100").exchange();
	}

	private org.springframework.security.core.userdetails.UserDetails analystDetails() {
		return users.loadUserByUsername(analyst.username());
	}

	private String page(String uri, String language) throws Exception {
		MvcTestResult result = mvc.get().uri(uri).with(user(analystDetails())).cookie(new jakarta.servlet.http.Cookie("rasd-lang", language))
			.exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private List<Respondent> included() {
		return fieldwork.allResponses(poll.id(), analyst).stream().filter(ResponseSummary::included)
			.map(r -> new Respondent(r.id(), r.stratum(), r.variables(), r.answers(), null, null)).toList();
	}

	private WeightingResult expectedWeights() {
		return Weighting.apply(included(), WeightingPlan.raking(List.of(sex.table(), locality.table())));
	}

	private Question question(String name) {
		return forms.version(polls.poll(poll.id()).formVersionId()).definition().question(name).orElseThrow();
	}

	@Test
	void rakedWeightsMeetTheTargetsWithinTheTolerance() throws Exception {
		assertThat(rake()).hasStatus3xxRedirection();
		PollResults results = analysis.results(poll.id(), analyst);
		double total = 0;
		double male = 0;
		double camp = 0;
		for (Respondent r : results.respondents()) {
			double w = results.weight(r.id());
			total += w;
			male += "male".equals(r.variable("sex")) ? w : 0;
			camp += "camp".equals(r.variable("locality_type")) ? w : 0;
		}
		assertThat(male / total).isCloseTo(0.50, within(0.50 * 1e-6));
		assertThat(camp / total).isCloseTo(0.15, within(0.15 * 1e-6));
		assertThat(total).isCloseTo(60, within(1e-9));

		String page = page("/polls/" + poll.id() + "/weighting", "en");
		ResultViews en = new ResultViews(messages, Locale.ENGLISH);
		assertThat(page).contains("Design effect due to weighting (Kish)")
			.contains(en.number(expectedWeights().summary().designEffect(), 3))
			.contains(en.number(expectedWeights().summary().effectiveSize(), 1))
			.contains("Every target is met within the tolerance.");
		assertThat(page("/polls/" + poll.id() + "/weighting", "ar")).contains("أثر التصميم الناتج عن الترجيح (كيش)");
	}

	@Test
	void weightingThatCannotBeDoneSaysWhyAndSavesNothing() throws Exception {
		TargetTable nomads = targets.save(null, null, table("locality_type", Map.of("urban", 40.0, "rural", 30.0,
				"camp", 20.0, "nomad", 10.0)), analyst);
		MvcTestResult result = mvc.post().uri("/polls/" + poll.id() + "/weighting").with(user(analystDetails()))
			.with(csrf()).cookie(new jakarta.servlet.http.Cookie("rasd-lang", "en")).param("method", "RAKING")
			.param("tables", String.valueOf(sex.id()), String.valueOf(nomads.id())).param("tolerance", "0.000001")
			.param("maxIterations", "100").exchange();
		assertThat(result).hasStatus(422);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("The category nomad of locality_type has a target but no response")
			.contains("The weights were not computed and nothing was saved");
		assertThat(analysis.report(poll.id(), analyst)).isEmpty();

		MvcTestResult arabic = mvc.post().uri("/polls/" + poll.id() + "/weighting").with(user(analystDetails()))
			.with(csrf()).cookie(new jakarta.servlet.http.Cookie("rasd-lang", "ar")).param("method", "RAKING")
			.param("tables", String.valueOf(sex.id())).param("tolerance", "abc").exchange();
		assertThat(arabic).hasStatus(422);
		assertThat(arabic.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("هذا ليس رقماً: abc")
			.contains("value=\"abc\"");
	}

	@Test
	void estimatesAndCrossTabsOnThePageAreThoseOfTheAnalysisLayer() throws Exception {
		rake();
		WeightingResult weights = expectedWeights();
		WeightedResponses data = WeightedResponses.of(included(), weights.weights());
		QuestionEstimates free = Estimates.of(data, Variable.of(question("free_expression")));
		ResultViews en = new ResultViews(messages, Locale.ENGLISH);
		var yes = free.category("yes");

		String page = page("/polls/" + poll.id() + "/results", "en");
		assertThat(page).contains(en.percent(yes.share()))
			.contains(en.percent(yes.lower()) + " – " + en.percent(yes.upper()))
			.contains(en.percent(yes.marginOfError()))
			.contains("Base: 60 responses (weighted " + en.number(free.weightedBase(), 1) + ", effective "
					+ en.number(free.effectiveBase(), 1))
			.contains("data-chart=\"bar\"").contains(analysis.results(poll.id(), analyst).methodology().en());

		Variable sexVariable = Variable.of(sex.table());
		CrossTabulation table = CrossTabulation.of(data, Variable.of(question("free_expression")), sexVariable);
		String crossTab = page("/polls/" + poll.id() + "/results?rows=free_expression&columns=var:sex", "en");
		int yesRow = 0;
		int male = 1;
		assertThat(table.rowCategories().get(yesRow).code()).isEqualTo("yes");
		assertThat(table.columnCategories().get(male).code()).isEqualTo("male");
		assertThat(crossTab).contains(en.number(table.columnPercent(yesRow, male), 1))
			.contains(en.number(table.rowPercent(yesRow, male), 1))
			.contains("Rao-Scott design-adjusted chi-square: " + en.number(table.test().raoScott(), 2) + " with "
					+ table.test().degreesOfFreedom() + " degrees of freedom, p-value " + en.pValue(table.test().pValue()));

		String arabic = page("/polls/" + poll.id() + "/results", "ar");
		ResultViews ar = new ResultViews(messages, Locale.forLanguageTag("ar"));
		assertThat(arabic).contains(ar.percent(yes.share())).contains("هامش الخطأ (نقاط)")
			.contains(analysis.results(poll.id(), analyst).methodology().ar());
	}

	@Test
	void thePublicPageIsComputedOnceForItsVisitorsAndAgainWhenTheWeightsChange() throws Exception {
		rake();
		publication.publish(poll.id(), "free_expression", null, analyst);
		String uri = "/opinion-polls/" + poll.code();
		assertThat(mvc.get().uri(uri).cookie(new jakarta.servlet.http.Cookie("rasd-lang", "en"))).hasStatusOk()
			.bodyText().contains("Base: 60 responses");
		fieldwork.decide(fieldwork.allResponses(poll.id(), analyst).get(0).id(), false, "repeated interview", analyst);
		assertThat(mvc.get().uri(uri).cookie(new jakarta.servlet.http.Cookie("rasd-lang", "en"))).hasStatusOk()
			.bodyText().as("kept for the next visitors").contains("Base: 60 responses");
		rake();
		assertThat(mvc.get().uri(uri).cookie(new jakarta.servlet.http.Cookie("rasd-lang", "en"))).hasStatusOk()
			.bodyText().as("new weights, new results").contains("Base: 59 responses");
	}

	@Test
	void excludingAResponseChangesTheBase() throws Exception {
		rake();
		assertThat(page("/polls/" + poll.id() + "/results", "en")).contains("Base: 60 responses");
		long first = fieldwork.allResponses(poll.id(), analyst).get(0).id();
		assertThat(mvc.post().uri("/polls/" + poll.id() + "/quality/" + first).with(user(analystDetails()))
			.with(csrf()).param("include", "false").param("reason", "interview not completed").exchange())
			.hasStatus3xxRedirection();
		String page = page("/polls/" + poll.id() + "/results", "en");
		assertThat(page).contains("Base: 59 responses").contains("the results use weights computed again");
		assertThat(page("/polls/" + poll.id() + "/quality", "en")).contains("interview not completed")
			.contains("Enumerator Salma");
		assertThat(mvc.post().uri("/polls/" + poll.id() + "/quality/" + first).with(user(analystDetails()))
			.with(csrf()).param("include", "false").param("reason", " ").exchange().getMvcResult().getFlashMap()
			.get("problem")).isEqualTo("polls.quality.reason-needed");
	}

	@Test
	void flaggedResponsesAreExcludedAtOnceWithOneReasonAndIncludedAgain() throws Exception {
		fieldwork.interview(poll.id(), UUID.randomUUID().toString(), answers(7), Instant.now().minusSeconds(400),
				analyst);
		List<Long> duplicates = analysis.quality(poll.id(), analyst).report().responses().stream()
			.filter(r -> r.flags().contains(ps.rasd.polls.analysis.QualityFlag.DUPLICATE))
			.map(r -> r.id()).toList();
		assertThat(duplicates).hasSizeGreaterThanOrEqualTo(2);
		assertThat(page("/polls/" + poll.id() + "/quality?flag=DUPLICATE", "en"))
			.contains("Exclude the " + duplicates.size() + " flagged responses listed");
		assertThat(page("/polls/" + poll.id() + "/quality?flag=DUPLICATE", "ar")).contains("استبعد الر");

		MvcTestResult noReason = mvc.post().uri("/polls/" + poll.id() + "/quality/bulk").with(user(analystDetails()))
			.with(csrf()).param("include", "false").param("flag", "DUPLICATE").param("reason", " ").exchange();
		assertThat(noReason.getMvcResult().getFlashMap().get("problem")).isEqualTo("polls.quality.reason-needed");
		assertThat(fieldwork.allResponses(poll.id(), analyst)).allMatch(ResponseSummary::included);

		MvcTestResult excluded = mvc.post().uri("/polls/" + poll.id() + "/quality/bulk").with(user(analystDetails()))
			.with(csrf()).param("include", "false").param("flag", "DUPLICATE").param("reason", "entered twice")
			.exchange();
		assertThat(excluded).hasRedirectedUrl("/polls/" + poll.id() + "/quality?flag=DUPLICATE");
		assertThat(excluded.getMvcResult().getFlashMap().get("bulkChanged")).isEqualTo(duplicates.size());
		assertThat(fieldwork.allResponses(poll.id(), analyst)).filteredOn(r -> duplicates.contains(r.id()))
			.allMatch(r -> !r.included() && "entered twice".equals(r.exclusionReason()));
		assertThat(fieldwork.allResponses(poll.id(), analyst)).filteredOn(r -> !duplicates.contains(r.id()))
			.allMatch(ResponseSummary::included);

		mvc.post().uri("/polls/" + poll.id() + "/quality/bulk").with(user(analystDetails())).with(csrf())
			.param("include", "true").param("flag", "DUPLICATE").exchange();
		assertThat(fieldwork.allResponses(poll.id(), analyst)).allMatch(ResponseSummary::included);
	}

	@Test
	void excludingAWholeMarginCategoryLeavesTheResultsUnweightedAndSaysWhy() throws Exception {
		rake();
		for (ResponseSummary r : fieldwork.allResponses(poll.id(), analyst)) {
			if ("camp".equals(r.variables().get("locality_type"))) {
				fieldwork.decide(r.id(), false, "camp interviews redone", analyst);
			}
		}
		String page = page("/polls/" + poll.id() + "/results", "en");
		assertThat(page).contains("the saved weighting cannot be made again for them")
			.contains("The category camp of locality_type has a target but no response")
			.contains("These results are not weighted").contains("Base: 54 responses");
		assertThat(page("/polls/" + poll.id() + "/results", "ar")).contains("لا يمكن إعادة الترجيح المحفوظ لها");
	}

	@Test
	void qualityPageFlagsDuplicatesWithTheirTwinAndFilters() throws Exception {
		fieldwork.interview(poll.id(), UUID.randomUUID().toString(), answers(7), Instant.now().minusSeconds(400),
				analyst);
		String page = page("/polls/" + poll.id() + "/quality?flag=DUPLICATE", "en");
		assertThat(page).contains("Same answers as:").contains("Duplicate");
		assertThat(page.split("id=\"response-", -1)).hasSizeGreaterThanOrEqualTo(3);
		assertThat(page("/polls/" + poll.id() + "/quality", "ar")).contains("جودة البيانات");
		// by default only what needs a look (flagged or excluded); everything on asking for all
		int flagged = (int) analysis.quality(poll.id(), analyst).report().responses().stream()
			.filter(r -> !r.flags().isEmpty()).count();
		int all = fieldwork.allResponses(poll.id(), analyst).size();
		assertThat(flagged).isLessThan(all);
		assertThat(page("/polls/" + poll.id() + "/quality", "en").split("id=\"response-", -1)).hasSize(flagged + 1);
		assertThat(page("/polls/" + poll.id() + "/quality?flag=ALL", "en").split("id=\"response-", -1))
			.hasSize(Math.min(all, 100) + 1);
	}

	@Test
	void publishedPageShowsOnlyChosenResultsWithTheMethodologyAndHidesSmallBases() throws Exception {
		rake();
		String uri = "/polls/" + poll.id() + "/results/publish";
		mvc.post().uri(uri).with(user(analystDetails())).with(csrf()).param("question", "free_expression").exchange();
		mvc.post().uri(uri).with(user(analystDetails())).with(csrf()).param("question", "complaint_answered")
			.exchange();
		mvc.post().uri(uri).with(user(analystDetails())).with(csrf()).param("question", "free_expression")
			.param("by", "var:locality_type").exchange();
		assertThat(publication.publications(poll.id())).hasSize(3);

		MvcTestResult list = mvc.get().uri("/opinion-polls").cookie(new jakarta.servlet.http.Cookie("rasd-lang", "en")).exchange();
		assertThat(list).hasStatusOk();
		assertThat(list.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(poll.title().en());

		MvcTestResult result = mvc.get().uri("/opinion-polls/" + poll.code()).cookie(new jakarta.servlet.http.Cookie("rasd-lang", "en"))
			.exchange();
		assertThat(result).hasStatusOk();
		String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		PollResults results = analysis.results(poll.id(), analyst);
		assertThat(page).contains(results.methodology().en())
			.contains(question("free_expression").label().en())
			.doesNotContain(question("health_rating").label().en())
			.contains("This result rests on too few responses to be published reliably")
			.contains("Columns resting on fewer than 30 effective responses are not shown.")
			.doesNotContain("Enumerator Salma").doesNotContain(analyst.username()).doesNotContain("response-")
			.doesNotContain("/quality");
		var complaint = results.estimate("complaint_answered");
		assertThat(complaint.smallBase()).isTrue();
		assertThat(page).doesNotContain(new ResultViews(messages, Locale.ENGLISH)
			.percent(complaint.category("yes").share()) + "</td>");

		MvcTestResult arabic = mvc.get().uri("/opinion-polls/" + poll.code()).cookie(new jakarta.servlet.http.Cookie("rasd-lang", "ar"))
			.exchange();
		assertThat(arabic.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(results.methodology().ar())
			.contains("كيف أُجري الاستطلاع");

		// the same as open data: numbers, small bases withheld, nothing about respondents
		MvcTestResult json = mvc.get().uri("/api/v1/opinion-polls/" + poll.code()).exchange();
		assertThat(json).hasStatusOk();
		var free = results.estimate("free_expression");
		assertThat(json).bodyJson().extractingPath("$.methodology.en").isEqualTo(results.methodology().en());
		assertThat(json).bodyJson().extractingPath("$.results[0].question").isEqualTo("free_expression");
		assertThat(json).bodyJson().extractingPath("$.results[0].base").isEqualTo(free.base());
		assertThat(json).bodyJson().extractingPath("$.results[0].categories[0].value").asNumber()
			.satisfies(v -> assertThat(v.doubleValue()).isCloseTo(free.categories().get(0).share(),
					org.assertj.core.api.Assertions.within(1e-9)));
		assertThat(json).bodyJson().extractingPath("$.results[1].hidden").isEqualTo(true);
		assertThat(json).bodyJson().extractingPath("$.results[1].categories").asArray().isEmpty();
		assertThat(json).bodyJson().extractingPath("$.results[2].by").isEqualTo("var:locality_type");
		assertThat(json).bodyJson().extractingPath("$.results[2].columns[0].label.en").as("the target table's label")
			.isEqualTo(locality.table().row("camp").orElseThrow().label().en());
		// a weighting variable no table names takes its question's choice labels
		assertThat(analysis.results(poll.id(), analyst).crossTab("free_expression", "var:governorate").columnCategories())
			.extracting(c -> c.label() == null ? null : c.label().en()).contains("Hebron");
		assertThat(json.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Salma")
			.doesNotContain(analyst.username()).doesNotContain("enumeratorId");
		assertThat(mvc.get().uri("/api/v1/opinion-polls").exchange()).hasStatusOk().bodyJson()
			.extractingPath("$[*].code").asArray().contains(poll.code());
		assertThat(mvc.get().uri("/api/v1/opinion-polls/no-such-poll").exchange()).hasStatus(404);

		assertThat(mvc.get().uri("/sitemap.xml").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("/opinion-polls/" + poll.code());
		assertThat(search.documents(List.of(poll.code()))).singleElement()
			.satisfies(d -> assertThat(d.url()).isEqualTo("/opinion-polls/" + poll.code()));
	}

	@Test
	void aPollWithNothingPublishedIsNotPublic() {
		assertThat(mvc.get().uri("/opinion-polls/" + poll.code()).exchange()).hasStatus(404);
	}

	@Test
	void crossTabPickersOfferEachVariableOnceInBothLanguages() throws Exception {
		rake();
		for (String language : List.of("ar", "en")) {
			String page = page("/polls/" + poll.id() + "/results", language);
			String rowsSelect = page.substring(page.indexOf("<select id=\"rows\""), page.indexOf("</select>",
					page.indexOf("<select id=\"rows\"")));
			List<String> titles = java.util.regex.Pattern.compile("<option[^>]*>([^<]*)</option>").matcher(rowsSelect)
				.results().map(m -> m.group(1)).toList();
			assertThat(titles).as(language).isNotEmpty().doesNotHaveDuplicates();
			assertThat(rowsSelect).as("the weighting copy of the sex question is that question")
				.doesNotContain("value=\"var:sex\"").contains("value=\"sex\"");
		}
		PollResults results = analysis.results(poll.id(), analyst);
		assertThat(PollAnalysisController.crossable(results, new ResultViews(messages, Locale.ENGLISH)))
			.extracting(PollAnalysisController.Choice::key).contains("var:locality_type").doesNotContain("var:sex");
	}

	@Test
	void datasetHeaderNamesEachColumnOnce() {
		assertThat(PollExportController.apart(List.of("respondent", "sex", "sex", "weight", "sex")))
			.containsExactly("respondent", "sex", "sex_2", "weight", "sex_3");
	}

	@Test
	void weightedDatasetHasOneRowPerIncludedResponseAndNoIdentities() throws Exception {
		rake();
		MvcTestResult csv = mvc.get().uri("/polls/" + poll.id() + "/results/dataset.csv").with(user(analystDetails()))
			.cookie(new jakarta.servlet.http.Cookie("rasd-lang", "en")).exchange();
		assertThat(csv).hasStatusOk();
		String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFrespondent,");
		String[] lines = text.split("\r\n");
		assertThat(lines).hasSize(61);
		assertThat(lines[0]).contains("free_expression,free_expression_label").endsWith("stratum,weight")
			.doesNotContain("enumerator").doesNotContain("duration").doesNotContain("started");
		assertThat(text).doesNotContain("Enumerator Salma");
		List<String> header = List.of(lines[0].substring(1).split(","));
		assertThat(header).as("a data user loading the file into R or pandas gets no clashing columns")
			.doesNotHaveDuplicates().contains("sex", "wv_sex", "wv_locality_type");

		MvcTestResult xlsx = mvc.get().uri("/polls/" + poll.id() + "/results/dataset.xlsx")
			.with(user(analystDetails())).exchange();
		assertThat(xlsx).hasStatusOk();
		assertThat(xlsx.getResponse().getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');

		MvcTestResult table = mvc.get().uri("/polls/" + poll.id() + "/results/table.csv?question=free_expression&by=var:sex")
			.with(user(analystDetails())).cookie(new jakarta.servlet.http.Cookie("rasd-lang", "en")).exchange();
		assertThat(table.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("column %")
			.contains("Rao-Scott");
	}
}
