package ps.rasd.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.AuditTrail;
import ps.rasd.support.AccountFixtures;

/**
 * The log is written with each change without making audited writers wait for each other, sealed into the chain
 * shortly after in commit order, and any later change to a sealed entry is found. These tests have their own log;
 * {@link PostgresAuditTrailTests} runs them again on PostgreSQL.
 */
@SpringBootTest(properties = "rasd.test.context=audit")
@ActiveProfiles("test")
class AuditTrailTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditManagement audit;

	@Autowired
	IdentityManagement identity;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aChangeIsRecordedWithWhoMadeIt() {
		var admin = AccountFixtures.admin(identity);
		var user = users.loadUserByUsername(admin.username());
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			var created = identity.create(AccountFixtures.uniqueName("audited"),
					new AccountDetails("مدقق", null, EnumSet.of(Role.MONITOR), Set.of("50")));
			var entries = audit.entries("account.created", "account", String.valueOf(created.account().id()), null, 0,
					10);
			assertThat(entries.items()).singleElement().satisfies(e -> {
				assertThat(e.actorName()).as("accounts are named by id only").isEqualTo("account-" + admin.id());
				assertThat(e.actorId()).isEqualTo(admin.id());
				assertThat(e.details()).contains("MONITOR", "50").doesNotContain("مدقق");
			});
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void theChainIsIntactAndATamperedEntryIsNamed() {
		trail.record("test.first", "test", 1, null, "one");
		trail.record("test.second", "test", 2, null, "two");
		trail.record("test.third", "test", 3, null, "three");
		audit.sealPending();
		assertThat(audit.verify().intact()).isTrue();
		long second = audit.entries("test.second", null, null, null, 0, 1).items().get(0).id();

		jdbc.update("update audit_entry set details = 'changed' where id = ?", second);
		ChainCheck check = audit.verify();
		assertThat(check.intact()).isFalse();
		assertThat(check.firstBroken()).isEqualTo(second);
		jdbc.update("update audit_entry set details = 'two' where id = ?", second);
		assertThat(audit.verify().intact()).isTrue();

		jdbc.update("delete from audit_entry where id = ?", second);
		assertThat(audit.verify().firstBroken()).isGreaterThan(second);
		jdbc.update("delete from audit_entry where id > ?", second);
		assertThat(audit.verify().intact()).as("the chain checked again without the broken tail").isTrue();
	}

	@Test
	void aWriterDoesNotWaitForAnotherAndEntriesAreSealedInCommitOrder() throws Exception {
		CountDownLatch firstInserted = new CountDownLatch(1);
		CountDownLatch otherCommitted = new CountDownLatch(1);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			// the first writer's entry is inserted, then its transaction stays open until the second writer committed
			CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
				trail.record("test.order.first", "test", 1, null, null);
				boolean[] sawOther = new boolean[1];
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void beforeCommit(boolean readOnly) {
						// runs after the log's own beforeCommit (registered first): the entry is inserted
						firstInserted.countDown();
						sawOther[0] = awaitQuietly(otherCommitted);
					}
				});
				return sawOther;
			}), pool).thenApply(sawOther -> sawOther[0]);
			assertThat(awaitQuietly(firstInserted)).isTrue();

			trail.record("test.order.second", "test", 2, null, null);
			audit.sealPending();
			assertThat(seqOf("test.order.second")).as("sealed while an entry numbered before it is not committed")
				.isNotNull();
			otherCommitted.countDown();
			assertThat(first.get(60, TimeUnit.SECONDS)).as("the second writer committed while the first held its entry")
				.isTrue();
		}
		finally {
			otherCommitted.countDown();
			pool.shutdown();
		}
		audit.sealPending();
		long firstId = idOf("test.order.first");
		long secondId = idOf("test.order.second");
		assertThat(firstId).isLessThan(secondId);
		assertThat(seqOf("test.order.first")).as("sealed after the entry committed before it")
			.isGreaterThan(seqOf("test.order.second"));
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void concurrentAuditedWritesAreAllSealedByTheSealer() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<CompletableFuture<Void>> writers = new ArrayList<>();
		for (int w = 0; w < 8; w++) {
			int writer = w;
			writers.add(CompletableFuture.runAsync(() -> {
				for (int i = 0; i < 20; i++) {
					int n = i;
					transactions.executeWithoutResult(status -> {
						trail.record("test.concurrent", "test", writer * 100 + n, null, "a");
						trail.record("test.concurrent", "test", writer * 100 + n, null, "b");
					});
				}
			}, pool));
		}
		CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
		pool.shutdown();

		// no one calls the sealer here: the background sealer, woken by the commits, seals them all
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
			.until(() -> jdbc.queryForObject("select count(*) from audit_entry where action = 'test.concurrent' "
					+ "and seq is null", Long.class) == 0);
		assertThat(jdbc.queryForObject("select count(distinct seq) from audit_entry where action = 'test.concurrent'",
				Long.class)).isEqualTo(320);
		ChainCheck check = audit.verify();
		assertThat(check.intact()).isTrue();
		assertThat(check.entries()).isGreaterThanOrEqualTo(320);
	}

	private long idOf(String action) {
		return jdbc.queryForObject("select id from audit_entry where action = ?", Long.class, action);
	}

	private Long seqOf(String action) {
		return jdbc.queryForObject("select seq from audit_entry where action = ?", Long.class, action);
	}

	private static boolean awaitQuietly(CountDownLatch latch) {
		try {
			return latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
