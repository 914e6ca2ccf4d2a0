package ps.rasd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;


import ps.rasd.geography.GeographyManagement;
import ps.rasd.geography.GovernorateSummary;
import ps.rasd.geography.PlaceSummary;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.ConflictException;
import ps.rasd.shared.DomainException;
import ps.rasd.support.AccountFixtures;

/**
 * What the application needs of its database, run once on H2 ({@link H2PersistenceTests}) and once on PostgreSQL
 * ({@link PostgresPersistenceTests}): the same migrations, the same queries, the same constraints.
 */
abstract class PersistenceContract {

	@Autowired
	GeographyManagement geography;

	@Autowired
	IdentityManagement identity;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyMigrationRanSuccessfully() throws Exception {
		long files;
		try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
			files = migrations.filter(p -> p.toString().endsWith(".sql")).count();
		}
		Long applied = jdbc.queryForObject("select count(*) from flyway_schema_history where success = true and type = 'SQL'",
				Long.class);
		assertThat(applied).isEqualTo(files);
	}

	@Autowired
	DataSource dataSource;

	/**
	 * The pool retires its connections (after 30 minutes, or when the database drops one), the one that ran the
	 * migrations too; every check constraint must hold after that. H2 2.4.240 kept the session that created a check
	 * with an IN list and refused every later write to its table once that connection was closed ("Check constraint
	 * invalid … The database has been closed"): the embedded default stopped taking mail, activities and advocacy
	 * records half an hour after its first start.
	 */
	@Test
	void checkConstraintsHoldAfterThePoolReplacedTheConnectionThatMadeThem() throws Exception {
		dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
		String insert = "insert into notifications_outbox (recipient, subject, text_body, kind, status, attempts,"
				+ " next_attempt_at, created_at, version) values ('pool@example.invalid', 'pool', 'pool', 'POOL', ?, 0,"
				+ " current_timestamp, current_timestamp, 0)";
		try {
			assertThat(jdbc.update(insert, "FAILED")).isEqualTo(1);
			assertThatThrownBy(() -> jdbc.update(insert, "LOST")).isInstanceOf(DataIntegrityViolationException.class)
				.hasMessageContaining("notifications_outbox_status_check");
		}
		finally {
			jdbc.update("delete from notifications_outbox where kind = 'POOL'");
		}
	}

	@Test
	void holdsTheSixteenGovernoratesWithTheirCensusPopulation() {
		var governorates = geography.governorates();
		assertThat(governorates).hasSize(16);
		assertThat(governorates.stream().mapToInt(GovernorateSummary::population2017).sum()).isEqualTo(4_705_601);
		assertThat(governorates.get(0).code()).isEqualTo("01");
		assertThat(governorates.get(15).name().ar()).isEqualTo("رفح");
		assertThat(governorates).filteredOn(g -> g.region().equals("GAZA_STRIP")).hasSize(5);
		assertThat(governorates).allSatisfy(g -> assertThat(g.latitude()).isBetween(31.2, 32.6));
	}

	@Test
	void holdsEveryPlaceInItsGovernorate() {
		assertThat(geography.places(null, null, 0, 1).totalItems()).isEqualTo(966);
		long sum = geography.governorates().stream().mapToLong(GovernorateSummary::places).sum();
		assertThat(sum).isEqualTo(966);
	}

	@Test
	void findsPlacesWhateverTheSpelling() {
		assertThat(names(geography.places(null, "أريحا", 0, 10).items())).contains("Jericho");
		assertThat(names(geography.places("45", "بَيْت ساحُور", 0, 10).items())).contains("Bayt Sahur");
		assertThat(names(geography.places("45", "Beit Sahur", 0, 10).items())).contains("Bayt Sahur");
		assertThat(names(geography.places("45", "حقل الرعاة", 0, 10).items())).contains("Bayt Sahur");
		assertThat(geography.places("50", "أريحا", 0, 10).items()).isEmpty();
	}

	@Test
	void keepsAccountsWithTheirRolesAndGovernorates() {
		String username = AccountFixtures.uniqueName("salma");
		identity.createWithPassword(username, new AccountDetails("سلمى", "salma@example.org",
				EnumSet.of(Role.COORDINATOR, Role.ANALYST), Set.of("50", "45")), AccountFixtures.PASSWORD);
		AccountSummary stored = identity.account(username.toUpperCase()).orElseThrow();
		assertThat(stored.roles()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.ANALYST);
		assertThat(stored.governorates()).containsExactly("45", "50");
		assertThat(stored.displayName()).isEqualTo("سلمى");
	}

	@Test
	void refusesASecondAccountWithTheSameUsername() {
		String username = AccountFixtures.hebronMonitor(identity).username();
		assertThatThrownBy(() -> identity.createWithPassword(username,
				new AccountDetails("x", null, EnumSet.of(Role.ANALYST), Set.of()), AccountFixtures.PASSWORD))
			.isInstanceOf(DomainException.class).hasMessage("identity.account.username-taken");
		assertThatThrownBy(() -> jdbc.update("insert into identity_account (username, display_name, password_hash, "
				+ "must_change_password, enabled, created_at, updated_at, version) "
				+ "values (?, 'x', 'x', false, true, current_timestamp, current_timestamp, 0)", username))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void refusesAChangeMadeAgainstAStaleVersion() {
		AccountSummary admin = AccountFixtures.admin(identity);
		AccountSummary monitor = AccountFixtures.hebronMonitor(identity);
		var details = new AccountDetails("أول", null, EnumSet.of(Role.MONITOR), Set.of("50"));
		identity.update(monitor.id(), monitor.version(), details, admin.username());
		assertThatThrownBy(() -> identity.update(monitor.id(), monitor.version(),
				new AccountDetails("ثان", null, EnumSet.of(Role.MONITOR), Set.of("50")), admin.username()))
			.isInstanceOf(ConflictException.class);
		assertThat(identity.account(monitor.id()).orElseThrow().displayName()).isEqualTo("أول");
	}

	@Test
	void refusesAScopeOnAnUnknownGovernorate() {
		assertThatThrownBy(() -> identity.create(AccountFixtures.uniqueName("m"),
				new AccountDetails("x", null, EnumSet.of(Role.MONITOR), Set.of("99"))))
			.hasMessage("identity.account.governorate-unknown");
	}

	@Autowired
	ps.rasd.registry.RegistryManagement registry;

	@Autowired
	ps.rasd.forms.FormsManagement forms;

	@Autowired
	ps.rasd.monitoring.MonitoringManagement monitoring;

	@Test
	void seedsTheRegistryAndFindsFacilitiesInAnySpelling() {
		assertThat(registry.sectors()).hasSize(8);
		var clinic = ps.rasd.support.MonitoringFixtures.hebronHealthCentre(registry);
		assertThat(registry.facilities(new ps.rasd.registry.FacilityQuery("50", "HEALTH", null, null, "مَركز صحى دُورا"),
				0, 10).items()).extracting(ps.rasd.registry.FacilitySummary::id).contains(clinic.id());
	}

	@Test
	void keepsAPublishedFormVersionExactlyAsPublished() {
		var form = ps.rasd.support.MonitoringFixtures.publishedHealthForm(forms);
		var current = form.current().orElseThrow();
		assertThat(forms.version(current.id()).definition().questions().count()).isEqualTo(18);
		assertThat(current.definition().indicators()).extracting(i -> i.code()).contains("HEALTH_MEDICINES");
	}

	@Test
	void keepsASubmittedVisitWithItsScoresHistoryAndKey() {
		var clinic = ps.rasd.support.MonitoringFixtures.hebronHealthCentre(registry);
		ps.rasd.support.MonitoringFixtures.publishedHealthForm(forms);
		var monitor = ps.rasd.support.Principals.monitor(4242, "50");
		String key = "contract-" + System.nanoTime();
		var visit = monitoring.submitNew(clinic.id(), null, ps.rasd.support.MonitoringFixtures.goodHealthAnswers(), key,
				monitor).visit();
		var stored = monitoring.visit(visit.id(), monitor);
		assertThat(stored.scores()).containsKeys("HEALTH_WAITING", "HEALTH_MEDICINES");
		assertThat(stored.overallScore()).isNotNull();
		assertThat(stored.events()).hasSize(2);
		assertThat(stored.answers()).containsEntry("visit_date", "2026-11-28");
		assertThat(monitoring.visits(null, "50", clinic.id(), 0, 10, ps.rasd.support.Principals.coordinator("50"))
			.items()).extracting(ps.rasd.monitoring.VisitSummary::id).containsExactly(visit.id());
		assertThat(monitoring.submitNew(clinic.id(), null, java.util.Map.of(), key, monitor).visit().id())
			.isEqualTo(visit.id());
	}

	@Autowired
	ps.rasd.notifications.MailOutbox outbox;

	@Autowired
	ps.rasd.notifications.domain.OutboxMailRepository outboxMails;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactionManager;

	@Test
	void claimsEachDueMailForOneDispatcherOnly() throws Exception {
		var transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
		java.util.List<Long> ids = transactions.execute(status -> java.util.stream.IntStream.range(0, 30)
			.mapToObj(i -> outbox.queue(new ps.rasd.notifications.OutgoingMail("unit" + i + "@moh.ps", "رسالة " + i,
					"نص", null, "test.contract", null)))
			.toList());
		java.time.Instant later = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).plusSeconds(5);
		java.time.Instant until = later.plusSeconds(600);
		assertThat(outboxMails.findDue(later, org.springframework.data.domain.PageRequest.of(0, 1000)))
			.containsAll(ids);
		assertThat(outboxMails.findDue(java.time.Instant.EPOCH, org.springframework.data.domain.PageRequest.of(0, 10)))
			.doesNotContainAnyElementsOf(ids);

		// a claim not yet committed holds the row: a second claim waits for it, then finds the mail taken
		long first = ids.get(0);
		var waiting = new java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<Integer>>();
		transactions.executeWithoutResult(status -> {
			assertThat(outboxMails.claim(first, until)).isEqualTo(1);
			waiting.set(java.util.concurrent.CompletableFuture.supplyAsync(() -> outboxMails.claim(first, until)));
			pause(300);
			assertThat(waiting.get()).as("the second claim waits for the first").isNotDone();
		});
		assertThat(waiting.get().get(10, java.util.concurrent.TimeUnit.SECONDS)).isZero();

		// four dispatchers race for the other mails: each is claimed exactly once
		var claims = new java.util.concurrent.ConcurrentHashMap<Long, Integer>();
		var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			var start = new java.util.concurrent.CountDownLatch(1);
			var runs = new java.util.ArrayList<java.util.concurrent.Future<?>>();
			for (int t = 0; t < 4; t++) {
				runs.add(pool.submit(() -> {
					start.await();
					for (Long id : ids.subList(1, ids.size())) {
						if (outboxMails.claim(id, until) == 1) {
							claims.merge(id, 1, Integer::sum);
						}
					}
					return null;
				}));
			}
			start.countDown();
			for (var run : runs) {
				run.get(30, java.util.concurrent.TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(claims).hasSize(ids.size() - 1).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
		assertThat(outbox.counts().get("SENDING")).isGreaterThanOrEqualTo(ids.size());

		// claims that lapsed are released; the mails are due again
		assertThat(outboxMails.releaseLapsed(later)).isZero();
		assertThat(outboxMails.releaseLapsed(until)).isGreaterThanOrEqualTo(ids.size());
		assertThat(outbox.entries("PENDING", 0, 500).items()).extracting(ps.rasd.notifications.OutboxEntry::id)
			.containsAll(ids);
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static java.util.List<String> names(java.util.List<PlaceSummary> places) {
		return places.stream().map(p -> p.name().en()).toList();
	}
}
