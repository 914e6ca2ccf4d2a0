package ps.rasd.cases.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.CursorWalk;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;

/** Keyset paging of {@code GET /api/v1/cases}: every order walked to the end against the database, and bad input. */
@IntegrationTest
@Transactional
class CaseApiPagingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	RegistryManagement registry;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entities;

	private FacilitySummary clinic;

	private AccountSummary monitor;

	private AccountSummary coordinator;

	private final AtomicInteger filed = new AtomicInteger();

	private RequestPostProcessor as(AccountSummary account) {
		return user(users.loadUserByUsername(account.username()));
	}

	@BeforeEach
	void setUp() {
		clinic = MonitoringFixtures.hebronHealthCentre(registry);
		monitor = AccountFixtures.hebronMonitor(identity);
		coordinator = AccountFixtures.hebronCoordinator(identity);
		for (int i = 0; i < 7; i++) {
			file();
		}
	}

	private void file() {
		int n = filed.incrementAndGet();
		assertThat(mvc.post().uri("/api/v1/cases").with(as(monitor)).with(csrf()).contentType("application/json")
			.header("Idempotency-Key", "paging-" + n).content("""
					{"title": "انقطاع المياه %d", "description": "لا ماء منذ أسبوع", "facilityId": %d}"""
				.formatted(n, clinic.id()))
			.exchange()).hasStatus(201);
	}

	private List<Long> database(String orderBy) {
		entities.flush();
		return jdbc.sql("select id from cases_case where governorate_code = '50' order by " + orderBy)
			.query(Long.class)
			.list();
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "-reported; created_at desc, id desc", "reported; created_at, id",
			"-updated; updated_at desc, id desc", "updated; updated_at, id", "reference; reference, id",
			"-reference; reference desc, id desc" })
	void walkingEveryPageGivesEachCaseOnceInTheOrderAskedWhileCasesAreFiled(String sort, String orderBy)
			throws Exception {
		List<Long> before = database(orderBy);
		assertThat(before).hasSizeGreaterThanOrEqualTo(7);
		List<Long> walked = CursorWalk.ids(CursorWalk.walk(mvc,
				"/api/v1/cases?governorate=50&limit=3&sort=" + sort, as(coordinator), this::file));
		assertThat(walked).doesNotHaveDuplicates();
		List<Long> after = database(orderBy);
		assertThat(after).containsAll(walked);
		List<Long> old = new ArrayList<>(walked);
		old.retainAll(before);
		assertThat(old).as("every case there at the start, once, in the database's order").isEqualTo(before);
		assertThat(walked).as("the walk is the database's order").isEqualTo(after.stream().filter(walked::contains)
			.toList());
	}

	@Test
	void theOldOldestFlagStillSortsByTheDayReported() throws Exception {
		List<Long> walked = CursorWalk.ids(CursorWalk.walk(mvc, "/api/v1/cases?governorate=50&oldest=true&limit=4",
				as(coordinator), () -> {
				}));
		assertThat(walked).isEqualTo(database("created_at, id"));
	}

	@Test
	void badPagingInputIsAProblemNamingTheParameterInTheClientsLanguage() {
		MvcTestResult tooLarge = mvc.get().uri("/api/v1/cases?limit=201").with(as(coordinator))
			.header("Accept-Language", "en").exchange();
		assertThat(tooLarge).hasStatus(422).hasContentType("application/problem+json").bodyJson()
			.hasPathSatisfying("$.errors[0].field", v -> assertThat(v).isEqualTo("limit"))
			.hasPathSatisfying("$.errors[0].message", v -> assertThat(v).asString().contains("200"));
		assertThat(mvc.get().uri("/api/v1/cases?sort=title").with(as(coordinator)).header("Accept-Language", "ar")
			.exchange()).hasStatus(422).bodyJson()
			.hasPathSatisfying("$.errors[0].field", v -> assertThat(v).isEqualTo("sort"))
			.hasPathSatisfying("$.errors[0].message", v -> assertThat(v).asString().contains("الترتيب", "-reported"));
		assertThat(mvc.get().uri("/api/v1/cases?governorat=50").with(as(coordinator))
			.header("Accept-Language", "en").exchange()).hasStatus(422).bodyJson()
			.hasPathSatisfying("$.errors[0].field", v -> assertThat(v).isEqualTo("governorat"))
			.hasPathSatisfying("$.errors[0].message", v -> assertThat(v).asString().contains("governorate"));
		assertThat(mvc.get().uri("/api/v1/cases?page=2").with(as(coordinator)).exchange()).hasStatus(422)
			.bodyJson().hasPathSatisfying("$.errors[0].field", v -> assertThat(v).isEqualTo("page"));
		assertThat(mvc.get().uri("/api/v1/cases?minAge=abc").with(as(coordinator)).exchange()).hasStatus(400)
			.bodyJson().hasPathSatisfying("$.errors[0].field", v -> assertThat(v).isEqualTo("minAge"));
	}

	@Test
	void aTamperedOrForeignCursorIsRefusedNamingTheCursor() throws Exception {
		MvcTestResult first = mvc.get().uri("/api/v1/cases?governorate=50&limit=2").with(as(coordinator)).exchange();
		String next = tools.jackson.databind.json.JsonMapper.builder().build()
			.readTree(first.getResponse().getContentAsString()).get("next").asString();
		String payload = next.substring(0, next.indexOf('.'));
		String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
				new String(java.util.Base64.getUrlDecoder().decode(payload), java.nio.charset.StandardCharsets.UTF_8)
					.replaceAll("\\n(\\d+)$", "\n1")
					.getBytes(java.nio.charset.StandardCharsets.UTF_8))
				+ next.substring(next.indexOf('.'));
		assertThat(mvc.get().uri("/api/v1/cases?governorate=50&limit=2&cursor=" + forged).with(as(coordinator))
			.header("Accept-Language", "en").exchange()).hasStatus(422).bodyJson()
			.hasPathSatisfying("$.errors[0].field", v -> assertThat(v).isEqualTo("cursor"))
			.hasPathSatisfying("$.errors[0].message", v -> assertThat(v).asString().contains("not a cursor"));
		assertThat(mvc.get().uri("/api/v1/cases?governorate=50&limit=2&cursor=garbage").with(as(coordinator))
			.exchange()).hasStatus(422);
		assertThat(mvc.get().uri("/api/v1/cases?governorate=50&limit=2&sort=reference&cursor=" + next)
			.with(as(coordinator)).header("Accept-Language", "en").exchange()).hasStatus(422).bodyJson()
			.hasPathSatisfying("$.errors[0].field", v -> assertThat(v).isEqualTo("cursor"));
		assertThat(mvc.get().uri("/api/v1/cases?governorate=50&limit=2&cursor=" + next).with(as(coordinator))
			.exchange()).hasStatusOk();
	}
}
