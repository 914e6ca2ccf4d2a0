package ps.rasd.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.analytics.ExportFiles;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;

/**
 * The exports page, the public downloads and bad input: an unknown source, format or filter, a malformed day, an
 * unknown governorate, each answered in the asked language, as an HTML page or RFC 9457 problem details.
 */
@IntegrationTest
@Transactional
class ExportWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	RegistryManagement registry;

	private AccountSummary coordinator;

	@BeforeEach
	void setUp() {
		coordinator = AccountFixtures.hebronCoordinator(identity);
		MonitoringFixtures.hebronHealthCentre(registry);
	}

	private RequestPostProcessor as(AccountSummary account) {
		return user(users.loadUserByUsername(account.username()));
	}

	@Test
	void theExportsPageOffersEverySourceFormatAndFilterInArabicAndEnglish() {
		MvcTestResult arabic = mvc.get().uri("/exports").with(as(coordinator)).exchange();
		assertThat(arabic).hasStatusOk().bodyText().contains("تصدير البيانات", "الحالات", "زيارات الرصد", "المرافق",
				"name=\"format\"", "value=\"geojson\"", "type=\"date\"", "name=\"hxl\"", "الخليل",
				"/exports/cases.csv", "لم تطلب أي تصدير بعد");
		MvcTestResult english = mvc.get().uri("/exports?lang=en").with(as(coordinator)).exchange();
		assertThat(english).hasStatusOk().bodyText().contains("Data exports", "Monitoring visits",
				"Add the HXL hashtag row");
		assertThat(mvc.get().uri("/exports").exchange()).hasStatus3xxRedirection();
	}

	@Test
	void aQueuedJobShowsAProgressBarAndARefreshLinkWithoutJavaScript() {
		// in this test's transaction the job never commits, so it stays queued: the page as it first looks
		MvcTestResult started = mvc.post().uri("/exports").with(as(coordinator)).with(csrf()).param("source", "visits")
			.param("format", "xlsx").param("sector", "HEALTH").exchange();
		assertThat(started).hasStatus3xxRedirection();
		String page = started.getResponse().getRedirectedUrl();
		MvcTestResult job = mvc.get().uri(page).with(as(coordinator)).exchange();
		assertThat(job).hasStatusOk().bodyText().contains("<progress", "في الانتظار", "ينتظر دوره",
				"href=\"" + page + "\"", "data-status-url=\"/api/v1/exports/jobs/", "data-finished=\"false\"");
		assertThat(job).bodyText().doesNotContain("/file\"");
		assertThat(mvc.get().uri(page + "/file").with(as(coordinator)).exchange()).hasStatus(409);
		assertThat(mvc.get().uri("/api/v1/exports/jobs/" + page.substring(page.lastIndexOf('/') + 1))
			.with(as(coordinator)).header("Accept-Language", "en").exchange()).hasStatusOk().bodyJson()
			.extractingPath("$.statusText").isEqualTo("Waiting");
	}

	@Test
	void aFormWithABadDayIsShownAgainWithTheErrorBesideTheField() {
		MvcTestResult result = mvc.post().uri("/exports").with(as(coordinator)).with(csrf()).param("source", "cases")
			.param("format", "csv").param("from", "2026-02-30").param("to", "yesterday").exchange();
		assertThat(result).hasStatus(400).bodyText().contains("id=\"from-error\"", "id=\"to-error\"",
				"اليوم «2026-02-30» غير صالح", "value=\"2026-02-30\"");
		MvcTestResult reversed = mvc.post().uri("/exports").with(as(coordinator)).with(csrf()).param("source", "cases")
			.param("format", "csv").param("from", "2026-03-01").param("to", "2026-02-01").exchange();
		assertThat(reversed).hasStatus(400).bodyText().contains("يوم البداية 2026-03-01 بعد يوم النهاية 2026-02-01");
	}

	@Test
	void aPublicDownloadIsACsvWithItsByteOrderMarkAndFileName() {
		MvcTestResult result = mvc.get().uri("/exports/facilities.csv?governorate=50&hxl=true").exchange();
		assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment",
				"rasd-facilities-");
		List<CSVRecord> records = ExportFiles.csv(result.getResponse().getContentAsByteArray());
		assertThat(records.get(1).toList()).contains("#adm1 +code", "#sector", "#org +impl", "#geo +lat");
		assertThat(records).anySatisfy(r -> assertThat(r.toList()).contains("مركز صحي دورا"));
		assertThat(Long.parseLong(result.getResponse().getHeader("X-Export-Rows"))).isEqualTo(records.size() - 2);
		assertThat(mvc.get().uri("/exports/cases.geojson").exchange()).hasStatusOk()
			.hasContentType("application/geo+json");
		assertThat(mvc.get().uri("/exports/visits.xlsx?lang=en").exchange()).hasStatusOk();
	}

	@Test
	void badInputOnAPublicDownloadGetsAPageThatSaysWhatIsWrong() {
		assertThat(mvc.get().uri("/exports/people.csv").exchange()).hasStatus(400).bodyText()
			.contains("لا يوجد تصدير باسم «people». المتاح: cases, visits, facilities, authority-scorecards, freedoms.");
		assertThat(mvc.get().uri("/exports/cases.pdf").exchange()).hasStatus(400).bodyText()
			.contains("الصيغة «pdf» غير معروفة");
		assertThat(mvc.get().uri("/exports/cases.csv?colour=red").exchange()).hasStatus(400).bodyText()
			.contains("المرشح «colour» غير معروف");
		assertThat(mvc.get().uri("/exports/cases.csv?from=30-11-2026").exchange()).hasStatus(400).bodyText()
			.contains("اليوم «30-11-2026» غير صالح");
		assertThat(mvc.get().uri("/exports/cases.csv?governorate=99&sector=SPACE").exchange()).hasStatus(400)
			.bodyText().contains("لا توجد محافظة بالرمز «99»", "لا يوجد قطاع بالرمز «SPACE»");
		assertThat(mvc.get().uri("/exports/cases.csv?hxl=maybe&lang=en").exchange()).hasStatus(400).bodyText()
			.contains("The hxl value \u201cmaybe\u201d is not understood", "/exports/cases.csv");
		// Arabic-Indic digits are digits
		assertThat(mvc.get().uri("/exports/cases.csv?governorate=٥٠&from=٢٠٢٦-٠١-٠١").exchange()).hasStatusOk();
	}

	@Test
	void badInputOnTheApiGetsProblemDetailsInTheAskedLanguage() {
		MvcTestResult result = mvc.get().uri("/api/v1/exports/cases.csv?from=2026-13-01&colour=red")
			.header("Accept-Language", "en").exchange();
		assertThat(result).hasStatus(422).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("analytics.export.invalid");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("This export cannot be made.");
		assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactlyInAnyOrder("colour",
				"from");
		assertThat(result).bodyJson().extractingPath("$.errors[*].message").asArray().contains(
				"The day \u201c2026-13-01\u201d is not valid: write it as year-month-day, e.g. 2026-11-30.");
		MvcTestResult arabic = mvc.get().uri("/api/v1/exports/nothing.xlsx").header("Accept-Language", "ar").exchange();
		assertThat(arabic).hasStatus(422).bodyJson().extractingPath("$.errors[0].message")
			.isEqualTo("لا يوجد تصدير باسم «nothing». المتاح: cases, visits, facilities, authority-scorecards, freedoms.");

		MvcTestResult start = mvc.post().uri("/api/v1/exports").with(as(coordinator)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
			.content("{\"source\": \"cases\", \"format\": \"docx\", \"sector\": \"HEALTH\"}").exchange();
		assertThat(start).hasStatus(422).bodyJson().extractingPath("$.errors[0].field").isEqualTo("format");
		MvcTestResult accepted = mvc.post().uri("/api/v1/exports").with(as(coordinator)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"source\": \"cases\", \"format\": \"csv\", \"governorate\": \"50\", \"hxl\": true}").exchange();
		assertThat(accepted).hasStatus(202).bodyJson().extractingPath("$.status").isEqualTo("QUEUED");
		assertThat(accepted.getResponse().getHeader("Location")).matches("/api/v1/exports/jobs/\\d+");
		assertThat(mvc.get().uri("/api/v1/exports/jobs/999999").with(as(coordinator)).exchange()).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.post().uri("/api/v1/exports").with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"source\": \"cases\", \"format\": \"csv\"}").exchange()).hasStatus(401);
	}

	@Test
	void theSourcesAndTheirColumnsAreDescribedForEveryone() {
		MvcTestResult result = mvc.get().uri("/api/v1/exports/sources").header("Accept-Language", "en").exchange();
		assertThat(result).hasStatusOk().bodyJson().extractingPath("$[*].name").asArray()
			.containsExactly("cases", "visits", "facilities", "authority-scorecards", "freedoms");
		assertThat(result).bodyJson().extractingPath("$[0].columns[*].hxl").asArray().contains("#adm1 +code",
				"#adm1 +name +i_ar", "#sector", "#org +impl", "#date +reported", "#status", "#geo +lat", "#geo +lon");
		assertThat(result).bodyJson().extractingPath("$[1].columns[*].hxl").asArray()
			.contains("#indicator +num +health_medicines");
	}
}
