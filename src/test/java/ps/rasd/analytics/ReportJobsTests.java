package ps.rasd.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ps.rasd.analytics.internal.ReportJobStore;
import ps.rasd.analytics.internal.ReportWriter;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.ClusterProperties;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.RasdProperties;
import ps.rasd.shared.spi.MadeFiles;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.CursorWalk;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.PdfChecks;
import ps.rasd.support.Principals;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Report jobs live in the database and their files on disk: asked for and followed through {@code /api/v1/reports},
 * kept across a restart (a new facade reading the table), cut short by a restart marked failed, and only the last
 * reports kept.
 */
@IntegrationTest
class ReportJobsTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	ReportManagement reports;

	@Autowired
	ReportJobStore store;

	@Autowired
	ReportWriter writer;

	@Autowired
	RasdProperties rasd;

	@Autowired
	MadeFiles files;

	@Autowired
	AnalyticsProperties analytics;

	@Autowired
	JdbcClient jdbc;

	private RequestPostProcessor as(String name, Role role) {
		String username = identity.createWithPassword(AccountFixtures.uniqueName(name),
				new AccountDetails(name, null, EnumSet.of(role), Set.of("50")), AccountFixtures.PASSWORD)
			.username();
		identity.consent(username);
		return user(users.loadUserByUsername(username));
	}

	private JsonNode json(MvcTestResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString());
	}

	private long ask(RequestPostProcessor who, String language) throws Exception {
		MvcTestResult asked = mvc.post().uri("/api/v1/reports").with(who).with(csrf()).contentType("application/json")
			.content("""
					{"from": "2026-01-01", "to": "2026-03-31", "governorate": "50", "language": "%s"}"""
				.formatted(language))
			.exchange();
		assertThat(asked).hasStatus(202);
		long id = json(asked).get("id").asLong();
		assertThat(asked.getResponse().getHeader("Location")).isEqualTo("/api/v1/reports/" + id);
		return id;
	}

	private JsonNode awaitFinished(RequestPostProcessor who, long id) {
		await().atMost(Duration.ofSeconds(60)).until(() -> json(mvc.get().uri("/api/v1/reports/" + id).with(who)
			.exchange()).get("finished").asBoolean());
		try {
			return json(mvc.get().uri("/api/v1/reports/" + id).with(who).header("Accept-Language", "en").exchange());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void staffAskThroughTheApiFollowTheProgressAndDownloadThePdf() throws Exception {
		RequestPostProcessor coordinator = as("c", Role.COORDINATOR);
		long id = ask(coordinator, "ar");
		JsonNode done = awaitFinished(coordinator, id);
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("statusText").asString()).isEqualTo("Ready");
		assertThat(done.get("percent").asInt()).isEqualTo(100);
		assertThat(done.get("downloadUrl").asString()).isEqualTo("/api/v1/reports/" + id + ".pdf");
		MvcTestResult pdf = mvc.get().uri("/api/v1/reports/" + id + ".pdf").with(as("a", Role.ANALYST)).exchange();
		assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
		assertThat(PdfChecks.text(pdf.getResponse().getContentAsByteArray()))
			.contains(PdfChecks.normalize("تقرير الرصد الدوري"), PdfChecks.normalize("المحافظة: الخليل"));
		assertThat(Files.isRegularFile(rasd.dataDir().resolve("reports").resolve("report-" + id + ".pdf"))).isTrue();

		List<Long> walked = CursorWalk.ids(CursorWalk.walk(mvc, "/api/v1/reports?limit=1", coordinator, () -> {
		}));
		assertThat(walked).doesNotHaveDuplicates().contains(id).isEqualTo(jdbc
			.sql("select id from analytics_report_job order by created_at desc, id desc").query(Long.class).list());
	}

	@Test
	void partnersAndThePublicGetNoReports() {
		RequestPostProcessor partner = as("p", Role.PARTNER);
		assertThat(mvc.get().uri("/api/v1/reports").with(partner).exchange()).hasStatus(403);
		assertThat(mvc.post().uri("/api/v1/reports").with(partner).with(csrf()).contentType("application/json")
			.content("{\"from\": \"2026-01-01\", \"to\": \"2026-01-31\"}").exchange()).hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/reports").exchange()).hasStatus(401);
	}

	@Test
	void badRequestsNameEachFieldInTheClientsLanguage() {
		MvcTestResult bad = mvc.post().uri("/api/v1/reports").with(as("c", Role.COORDINATOR)).with(csrf())
			.contentType("application/json").header("Accept-Language", "en")
			.content("""
					{"from": "2026-02-30", "to": "2026-03-31", "governorate": "99", "sector": "NOPE",
					 "language": "fr", "colour": "red"}""")
			.exchange();
		assertThat(bad).hasStatus(422).hasContentType("application/problem+json").bodyJson()
			.hasPathSatisfying("$.errors[*].field", v -> assertThat(v).asArray()
				.containsExactlyInAnyOrder("colour", "from", "governorate", "sector", "language"))
			.hasPathSatisfying("$.errors[?(@.field=='from')].message",
					v -> assertThat(v).asArray().singleElement().asString().contains("2026-02-30"));
		assertThat(mvc.post().uri("/api/v1/reports").with(as("c2", Role.COORDINATOR)).with(csrf())
			.contentType("application/json").header("Accept-Language", "ar")
			.content("{\"from\": \"2026-03-01\", \"to\": \"2026-01-31\"}").exchange()).hasStatus(422).bodyJson()
			.hasPathSatisfying("$.errors[0].field", v -> assertThat(v).isEqualTo("to"));
		assertThat(mvc.get().uri("/api/v1/reports/999999").with(as("c3", Role.COORDINATOR)).exchange())
			.hasStatus(404);
	}

	@Test
	void aRestartKeepsFinishedReportsAndMarksInterruptedOnesFailed() throws Exception {
		RequestPostProcessor coordinator = as("c", Role.COORDINATOR);
		long finished = ask(coordinator, "en");
		awaitFinished(coordinator, finished);
		ReportRequest request = new ReportRequest(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), null, null,
				"ar");
		long running = store.create(request, 1, Clock.systemUTC().instant());
		store.progress(running, ExportStatus.RUNNING, 50, Clock.systemUTC().instant());
		long waiting = store.create(request, 1, Clock.systemUTC().instant());

		ReportManagement restarted = new ReportManagement(writer, store, Clock.systemUTC(), files, analytics,
				new ClusterProperties(1, "memory", ""));
		try {
			assertThat(restarted.recover()).isGreaterThanOrEqualTo(2);
			for (long id : List.of(running, waiting)) {
				ReportJobView job = restarted.job(id, Principals.admin());
				assertThat(job.status()).isEqualTo(ExportStatus.FAILED);
				assertThat(job.errorCode()).isEqualTo(ReportManagement.INTERRUPTED);
				assertThatThrownBy(() -> restarted.file(id, Principals.admin()))
					.isInstanceOf(ConflictException.class);
			}
			assertThat(PdfChecks.text(restarted.file(finished, Principals.admin())))
				.contains("Periodic monitoring report");
			assertThat(restarted.recent(Principals.admin())).extracting(ReportJobView::id)
				.contains(finished, running, waiting);
		}
		finally {
			restarted.stop();
		}
		MvcTestResult failed = mvc.get().uri("/api/v1/reports/" + running).with(coordinator)
			.header("Accept-Language", "en").exchange();
		assertThat(failed).hasStatusOk().bodyJson()
			.hasPathSatisfying("$.status", v -> assertThat(v).isEqualTo("FAILED"))
			.hasPathSatisfying("$.error", v -> assertThat(v).asString().contains("restarted"));
	}

	@Test
	void oneOfSeveralNodesStartingLeavesAReportAnotherNodeIsWriting() {
		ReportRequest request = new ReportRequest(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), null, null,
				"ar");
		long running = store.create(request, 1, Clock.systemUTC().instant());
		store.progress(running, ExportStatus.RUNNING, 50, Clock.systemUTC().instant());

		ReportManagement started = new ReportManagement(writer, store, Clock.systemUTC(), files, analytics,
				new ClusterProperties(2, "jdbc", ""));
		try {
			started.recover();
			assertThat(started.job(running, Principals.admin()).status()).isEqualTo(ExportStatus.RUNNING);
		}
		finally {
			started.stop();
		}
	}

	@Test
	void onlyTheLastReportsAreKeptWithTheirFiles() throws Exception {
		RequestPostProcessor coordinator = as("c", Role.COORDINATOR);
		long older = ask(coordinator, "ar");
		awaitFinished(coordinator, older);
		long newer = ask(coordinator, "ar");
		awaitFinished(coordinator, newer);
		Path olderFile = rasd.dataDir().resolve("reports").resolve("report-" + older + ".pdf");
		assertThat(olderFile).exists();

		ReportManagement keepingOne = new ReportManagement(writer, store, Clock.systemUTC(), files,
				new AnalyticsProperties(analytics.exportRetention(), analytics.exportThreads(),
						analytics.exportsPerPerson(), analytics.directExportLimit(), analytics.cleanupInterval(), 1,
						analytics.figuresCache()), new ClusterProperties(1, "memory", ""));
		try {
			keepingOne.recover();
			assertThat(keepingOne.recent(Principals.admin())).extracting(ReportJobView::id).containsExactly(newer);
			assertThat(olderFile).doesNotExist();
			assertThat(mvc.get().uri("/api/v1/reports/" + older + ".pdf").with(coordinator).exchange())
				.hasStatus(404);
			assertThat(mvc.get().uri("/api/v1/reports/" + newer + ".pdf").with(coordinator).exchange())
				.hasStatusOk();
		}
		finally {
			keepingOne.stop();
		}
	}
}
