package ps.rasd.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import ps.rasd.forms.FormVersionSummary;
import ps.rasd.forms.FormsManagement;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.monitoring.MonitoringManagement;
import ps.rasd.registry.FacilitySummary;
import ps.rasd.registry.RegistryManagement;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.AccountFixtures;
import ps.rasd.support.CursorWalk;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.MonitoringFixtures;

/**
 * Every keyset-paged list of {@code /api/v1} walked from the first page to the last while rows are added between
 * pages: each row that was there at the start comes exactly once, in the database's order, and no row twice.
 */
@IntegrationTest
@Transactional
class ApiListPagingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	RegistryManagement registry;

	@Autowired
	FormsManagement forms;

	@Autowired
	MonitoringManagement monitoring;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entities;

	private final AtomicInteger counter = new AtomicInteger();

	private RequestPostProcessor as(AccountSummary account) {
		return user(users.loadUserByUsername(account.username()));
	}

	private List<Long> ids(String sql, Object... parameters) {
		entities.flush();
		var spec = jdbc.sql(sql);
		for (Object parameter : parameters) {
			spec = spec.param(parameter);
		}
		return spec.query(Long.class).list();
	}

	/** Walks the list and checks it against the query run before and after the walk. */
	private void walkAndCompare(String uri, RequestPostProcessor as, Runnable between, String sql,
			Object... parameters) throws Exception {
		List<Long> before = ids(sql, parameters);
		assertThat(before).as("rows to walk over " + uri).hasSizeGreaterThan(2);
		List<Long> walked = CursorWalk.ids(CursorWalk.walk(mvc, uri, as, between));
		assertThat(walked).as(uri).doesNotHaveDuplicates();
		List<Long> after = ids(sql, parameters);
		List<Long> old = new ArrayList<>(walked);
		old.retainAll(before);
		assertThat(old).as("every row there at the start of " + uri + ", once, in order").isEqualTo(before);
		assertThat(walked).as(uri + " in the database's order").isEqualTo(after.stream().filter(walked::contains)
			.toList());
	}

	@Test
	void visitsInEveryOrder() throws Exception {
		FacilitySummary clinic = MonitoringFixtures.hebronHealthCentre(registry);
		MonitoringFixtures.publishedHealthForm(forms);
		AccountSummary monitor = AccountFixtures.hebronMonitor(identity);
		RasdPrincipal principal = (RasdPrincipal) users.loadUserByUsername(monitor.username());
		Runnable visit = () -> monitoring.submitNew(clinic.id(), null, MonitoringFixtures.goodHealthAnswers(),
				"paging-" + counter.incrementAndGet(), principal);
		for (int i = 0; i < 5; i++) {
			visit.run();
		}
		AccountSummary coordinator = AccountFixtures.hebronCoordinator(identity);
		String where = "select id from monitoring_visit where governorate_code = '50' order by ";
		walkAndCompare("/api/v1/visits?limit=2", as(coordinator), visit, where + "updated_at desc, id desc");
		walkAndCompare("/api/v1/visits?limit=2&sort=updated", as(coordinator), visit, where + "updated_at, id");
		walkAndCompare("/api/v1/visits?limit=2&sort=reference", as(coordinator), visit, where + "reference, id");
		walkAndCompare("/api/v1/visits?limit=2&sort=-reference&status=SUBMITTED", as(coordinator), visit,
				"select id from monitoring_visit where governorate_code = '50' and status = 'SUBMITTED' "
						+ "order by reference desc, id desc");
	}

	@Test
	void accountsByUserName() throws Exception {
		for (int i = 0; i < 4; i++) {
			AccountFixtures.hebronMonitor(identity);
		}
		AccountSummary admin = AccountFixtures.admin(identity);
		Runnable account = () -> AccountFixtures.hebronMonitor(identity);
		walkAndCompare("/api/v1/admin/accounts?limit=3", as(admin), account,
				"select id from identity_account order by username, id");
		walkAndCompare("/api/v1/admin/accounts?limit=3&sort=-username&enabled=true", as(admin), account,
				"select id from identity_account where enabled = true order by username desc, id desc");
	}

	@Test
	void placesAndFacilities() throws Exception {
		walkAndCompare("/api/v1/places?governorate=50&limit=40", null, () -> {
		}, "select id from geography_place where governorate_code = '50' order by name_ar, id");
		walkAndCompare("/api/v1/places?governorate=35&limit=5&sort=-name", null, () -> {
		}, "select id from geography_place where governorate_code = '35' order by name_ar desc, id desc");
		for (int i = 0; i < 3; i++) {
			MonitoringFixtures.hebronHealthCentre(registry);
		}
		Runnable facility = () -> MonitoringFixtures.hebronHealthCentre(registry);
		walkAndCompare("/api/v1/facilities?governorate=50&limit=2", null, facility,
				"select id from registry_facility where governorate_code = '50' order by name_ar, id");
		walkAndCompare("/api/v1/facilities?governorate=50&limit=2&sort=-updated", null, facility,
				"select id from registry_facility where governorate_code = '50' order by updated_at desc, id desc");
	}

	@Test
	void answerableFormsByCode() throws Exception {
		for (int i = 0; i < 3; i++) {
			MonitoringFixtures.publishedHealthForm(forms);
		}
		List<Long> expected = forms.answerable(null).stream()
			.sorted(Comparator.comparing(FormVersionSummary::formCode).thenComparingLong(FormVersionSummary::id))
			.map(FormVersionSummary::id)
			.toList();
		assertThat(CursorWalk.ids(CursorWalk.walk(mvc, "/api/v1/forms?limit=2", null,
				() -> MonitoringFixtures.publishedHealthForm(forms))))
			.doesNotHaveDuplicates()
			.containsSubsequence(expected);
		List<Long> descending = CursorWalk.ids(CursorWalk.walk(mvc, "/api/v1/forms?limit=2&sort=-code", null, () -> {
		}));
		List<Long> all = forms.answerable(null).stream()
			.sorted(Comparator.comparing(FormVersionSummary::formCode).thenComparingLong(FormVersionSummary::id)
				.reversed())
			.map(FormVersionSummary::id)
			.toList();
		assertThat(descending).isEqualTo(all);
	}

	@Test
	void theCallersExportJobsOnly() throws Exception {
		AccountSummary analyst = AccountFixtures.hebronCoordinator(identity);
		AccountSummary other = AccountFixtures.hebronCoordinator(identity);
		Instant start = Instant.parse("2026-11-01T10:00:00Z");
		Runnable job = () -> {
			int n = counter.incrementAndGet();
			for (AccountSummary owner : List.of(analyst, other)) {
				jdbc.sql("""
						insert into analytics_export_job (owner_id, source, format, hxl, language, status, rows_written,
						  created_at, updated_at, version) values (?, 'cases', 'CSV', false, 'ar', 'DONE', 0, ?, ?, 0)""")
					.params(owner.id(), Timestamp.from(start.plusSeconds(n / 2)), Timestamp.from(start))
					.update();
			}
		};
		for (int i = 0; i < 5; i++) {
			job.run();
		}
		walkAndCompare("/api/v1/exports/jobs?limit=2", as(analyst), job,
				"select id from analytics_export_job where owner_id = ? order by created_at desc, id desc", analyst.id());
		walkAndCompare("/api/v1/exports/jobs?limit=2&sort=created&status=DONE", as(analyst), job,
				"select id from analytics_export_job where owner_id = ? order by created_at, id", analyst.id());
		assertThat(mvc.get().uri("/api/v1/exports/jobs?status=LOST").with(as(analyst)).exchange()).hasStatus(400)
			.bodyJson().hasPathSatisfying("$.errors[0].field", v -> assertThat(v).isEqualTo("status"));
	}

	@Test
	void badInputOnEveryListNamesTheParameter() {
		AccountSummary admin = AccountFixtures.admin(identity);
		for (String list : List.of("/api/v1/cases", "/api/v1/visits", "/api/v1/admin/accounts", "/api/v1/places",
				"/api/v1/facilities", "/api/v1/forms", "/api/v1/exports/jobs")) {
			assertThat(mvc.get().uri(list + "?limit=1000").with(as(admin)).header("Accept-Language", "en").exchange())
				.as(list).hasStatus(422).bodyJson()
				.hasPathSatisfying("$.errors[0].field", v -> assertThat(v).isEqualTo("limit"));
			assertThat(mvc.get().uri(list + "?sort=nope").with(as(admin)).exchange()).as(list).hasStatus(422)
				.bodyJson().hasPathSatisfying("$.errors[0].field", v -> assertThat(v).isEqualTo("sort"));
			assertThat(mvc.get().uri(list + "?cursor=abc.def").with(as(admin)).header("Accept-Language", "ar")
				.exchange()).as(list).hasStatus(422).bodyJson()
				.hasPathSatisfying("$.errors[0].field", v -> assertThat(v).isEqualTo("cursor"))
				.hasPathSatisfying("$.errors[0].message", v -> assertThat(v).asString().contains("cursor", "مؤشر"));
			assertThat(mvc.get().uri(list + "?colour=red").with(as(admin)).header("Accept-Language", "ar")
				.exchange()).as(list).hasStatus(422).bodyJson()
				.hasPathSatisfying("$.errors[0].field", v -> assertThat(v).isEqualTo("colour"))
				.hasPathSatisfying("$.errors[0].message", v -> assertThat(v).asString().contains("غير معروف"));
		}
	}
}
