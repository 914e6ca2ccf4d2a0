package ps.rasd.cases.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;

/**
 * Filing cases and visits through the API when requests arrive together, committed for real (its own context and
 * database): a phone that sends the same case or visit several times at once gets one, and in a burst of filings one
 * invalid case is refused alone.
 */
@IntegrationTest
@TestPropertySource(properties = "rasd.test.context=case-api-race")
class CaseApiRaceTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	RegistryManagement registry;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FormsManagement forms;

	private FacilitySummary clinic;

	private AccountSummary monitor;

	@BeforeEach
	void setUp() {
		clinic = MonitoringFixtures.hebronHealthCentre(registry);
		monitor = AccountFixtures.hebronMonitor(identity);
		MonitoringFixtures.publishedHealthForm(forms);
	}

	private MvcTestResult file(String key, String title) {
		String body = """
				{"title": "%s", "description": "لا يوجد دواء الضغط منذ شهر", "facilityId": %d}"""
			.formatted(title, clinic.id());
		return mvc.post().uri("/api/v1/cases").with(user(users.loadUserByUsername(monitor.username()))).with(csrf())
			.contentType("application/json").header("Idempotency-Key", key).content(body).exchange();
	}

	private static <T> List<T> together(List<Callable<T>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> call : calls) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(120, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theSameCaseSentEightTimesAtOnceIsOneCaseAndEveryAnswerNamesIt() throws Exception {
		List<Callable<MvcTestResult>> sends = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			sends.add(() -> file("race-one-key", "نقص الأدوية"));
		}
		List<MvcTestResult> answers = together(sends);
		assertThat(jdbc.queryForObject("select count(*) from cases_case where idempotency_key like '%:race-one-key'",
				Integer.class)).isEqualTo(1);
		assertThat(answers).extracting(answer -> answer.getResponse().getStatus())
			.containsOnly(200, 201)
			.containsOnlyOnce(201);
		assertThat(answers).extracting(answer -> answer.getResponse().getHeader("Location")).containsOnly(
				"/api/v1/cases/" + jdbc.queryForObject(
						"select reference from cases_case where idempotency_key like '%:race-one-key'", String.class));
	}

	@Test
	void inABurstOfFilingsOnlyTheInvalidOneIsRefused() throws Exception {
		List<Callable<MvcTestResult>> sends = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			String title = i == 3 ? "" : "انقطاع المياه " + i;
			String key = "race-burst-" + i;
			sends.add(() -> file(key, title));
		}
		List<MvcTestResult> answers = together(sends);
		for (int i = 0; i < 8; i++) {
			assertThat(answers.get(i).getResponse().getStatus()).as("filing %d", i).isEqualTo(i == 3 ? 422 : 201);
		}
		assertThat(answers.get(3).getResponse().getContentAsString()).contains("title");
		assertThat(jdbc.queryForObject("select count(*) from cases_case where idempotency_key like '%:race-burst-%'",
				Integer.class)).isEqualTo(7);
	}

	@Test
	void theSameVisitSentEightTimesAtOnceIsOneVisit() throws Exception {
		String body = """
				{"facilityId": %d, "submit": true, "answers": {"visit_date": "2026-11-28", "arrival_time": "08:10",
				"open_on_arrival": "yes", "wait_minutes": "10", "essential_medicines": "all", "cleanliness_rating": "5",
				"toilets_working": "yes", "staff_attitude": "5", "doctor_present": "yes", "ramp": "yes",
				"accessible_toilet": "yes"}}""".formatted(clinic.id());
		List<Callable<MvcTestResult>> sends = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			sends.add(() -> mvc.post().uri("/api/v1/visits").with(user(users.loadUserByUsername(monitor.username())))
				.with(csrf()).contentType("application/json").header("Idempotency-Key", "race-visit").content(body)
				.exchange());
		}
		List<MvcTestResult> answers = together(sends);
		assertThat(jdbc.queryForObject("select count(*) from monitoring_visit where idempotency_key like '%race-visit'",
				Integer.class)).isEqualTo(1);
		assertThat(answers).extracting(answer -> answer.getResponse().getStatus())
			.containsOnly(200, 201)
			.containsOnlyOnce(201);
		assertThat(answers).allSatisfy(answer -> assertThat(answer.getResponse().getContentAsString())
			.contains("\"status\":\"SUBMITTED\""));
	}
}
