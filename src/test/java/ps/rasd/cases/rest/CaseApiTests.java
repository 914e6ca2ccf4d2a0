package ps.rasd.cases.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;

@IntegrationTest
@Transactional
class CaseApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	RegistryManagement registry;

	private FacilitySummary clinic;

	private AccountSummary monitor;

	private AccountSummary coordinator;

	private RequestPostProcessor as(AccountSummary account) {
		return user(users.loadUserByUsername(account.username()));
	}

	@BeforeEach
	void setUp() {
		clinic = MonitoringFixtures.hebronHealthCentre(registry);
		monitor = AccountFixtures.hebronMonitor(identity);
		coordinator = AccountFixtures.hebronCoordinator(identity);
	}

	private String body() {
		return """
				{"title": "نقص الأدوية", "description": "لا يوجد دواء الضغط منذ شهر", "facilityId": %d,
				 "reporter": {"name": "أبو خالد", "phone": "0599111222", "anonymous": false}}""".formatted(clinic.id());
	}

	@Test
	void aRetriedCreateReturnsTheSameCaseAndNoResponseCarriesTheReporter() throws Exception {
		MvcTestResult created = mvc.post().uri("/api/v1/cases").with(as(monitor)).with(csrf())
			.contentType("application/json").header("Idempotency-Key", "case-api-1").content(body()).exchange();
		assertThat(created).hasStatus(201).bodyJson().hasPathSatisfying("$.status",
				v -> assertThat(v).isEqualTo("SUBMITTED"));
		String location = created.getResponse().getHeader("Location");
		assertThat(location).matches("/api/v1/cases/RSD-\\d{4}-\\d{6}");
		assertThat(created.getResponse().getContentAsString()).doesNotContain("أبو خالد", "0599111222");
		MvcTestResult retried = mvc.post().uri("/api/v1/cases").with(as(monitor)).with(csrf())
			.contentType("application/json").header("Idempotency-Key", "case-api-1").content(body()).exchange();
		assertThat(retried).hasStatus(200);
		assertThat(retried.getResponse().getHeader("Location")).isEqualTo(location);

		MvcTestResult read = mvc.get().uri(location).with(as(coordinator)).exchange();
		assertThat(read).hasStatusOk().bodyJson().hasPathSatisfying("$.actions",
				v -> assertThat(v).asArray().contains("VERIFY", "REQUEST_INFO"));
		assertThat(read.getResponse().getContentAsString()).doesNotContain("أبو خالد", "0599111222");
	}

	@Test
	void transitionsAnswerConflictsAndMissingFieldsAsProblemDetailsInTheClientsLanguage() {
		String location = mvc.post().uri("/api/v1/cases").with(as(monitor)).with(csrf())
			.contentType("application/json").header("Idempotency-Key", "case-api-2").content(body()).exchange()
			.getResponse().getHeader("Location");
		String transitions = location + "/transitions";
		assertThat(mvc.post().uri(transitions).with(as(coordinator)).with(csrf()).contentType("application/json")
			.content("{\"action\": \"VERIFY\", \"version\": 0}").exchange()).hasStatusOk().bodyJson()
			.hasPathSatisfying("$.status", v -> assertThat(v).isEqualTo("VERIFIED"));
		MvcTestResult stale = mvc.post().uri(transitions).with(as(coordinator)).with(csrf())
			.header("Accept-Language", "en").contentType("application/json")
			.content("{\"action\": \"REFER\", \"version\": 0}").exchange();
		assertThat(stale).hasStatus(409).hasContentType("application/problem+json").bodyJson()
			.hasPathSatisfying("$.code", v -> assertThat(v).isEqualTo("cases.case.stale"))
			.hasPathSatisfying("$.detail", v -> assertThat(v).asString().contains("Someone else changed"));
		MvcTestResult invalid = mvc.post().uri(transitions).with(as(coordinator)).with(csrf())
			.contentType("application/json").content("{\"action\": \"CONFIRM_FIX\", \"version\": 1}").exchange();
		assertThat(invalid).hasStatus(409).bodyJson()
			.hasPathSatisfying("$.code", v -> assertThat(v).isEqualTo("cases.transition.invalid"));
		assertThat(mvc.post().uri(transitions).with(as(monitor)).with(csrf()).contentType("application/json")
			.content("{\"action\": \"REFER\", \"version\": 1}").exchange()).hasStatus(403);
		assertThat(mvc.post().uri("/api/v1/cases").with(as(monitor)).with(csrf()).contentType("application/json")
			.header("Accept-Language", "en").content("{\"title\": \"\"}").exchange()).hasStatus(422).bodyJson()
			.hasPathSatisfying("$.errors[?(@.field=='description')].message",
					v -> assertThat(v).asArray().containsExactly("This field is required."));
	}

	@Test
	void theListFiltersAndPages() {
		for (int i = 0; i < 3; i++) {
			mvc.post().uri("/api/v1/cases").with(as(monitor)).with(csrf()).contentType("application/json")
				.header("Idempotency-Key", "case-api-list-" + i).content(body()).exchange();
		}
		assertThat(mvc.get().uri("/api/v1/cases?status=SUBMITTED&governorate=50&limit=2").with(as(coordinator))
			.exchange()).hasStatusOk().bodyJson()
			.hasPathSatisfying("$.items.length()", v -> assertThat(v).isEqualTo(2))
			.hasPathSatisfying("$.next", v -> assertThat(v).isNotNull());
		assertThat(mvc.get().uri("/api/v1/cases?limit=5000").with(as(coordinator)).exchange()).hasStatus(422);
		assertThat(mvc.get().uri("/api/v1/cases?status=NOPE").with(as(coordinator)).exchange()).hasStatus(400);
	}
}
