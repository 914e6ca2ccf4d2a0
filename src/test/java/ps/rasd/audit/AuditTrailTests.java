package ps.rasd.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.RasdApplication;
import ps.rasd.identity.AccountDetails;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.AuditTrail;
import ps.rasd.support.AccountFixtures;

/** The log is written with each change, chained, and any later change to it is found. Each test has its own log. */
@SpringBootTest(properties = "rasd.test.context=audit")
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
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
	}

	@Test
	void theCommandChecksTheChainAndFailsWhenItIsBroken(CapturedOutput output) {
		String url = "--spring.datasource.url=jdbc:h2:mem:audit-verify-" + System.nanoTime()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
		try (var context = new SpringApplicationBuilder(RasdApplication.class).web(WebApplicationType.NONE)
			.profiles("test", "command").run(url, "audit-verify")) {
			context.getBean(AuditTrail.class).record("test.one", "test", 1, null, null);
			context.getBean(AuditTrail.class).record("test.two", "test", 2, null, null);
			context.getBean(JdbcTemplate.class).update("update audit_entry set actor_name = 'intruder' "
					+ "where action = 'test.one'");
			assertThat(SpringApplication.exit(context)).isZero();
		}
		assertThat(output).contains("Audit log intact");
		try (var again = new SpringApplicationBuilder(RasdApplication.class).web(WebApplicationType.NONE)
			.profiles("test", "command").run(url, "audit-verify")) {
			assertThat(SpringApplication.exit(again)).isEqualTo(3);
		}
		assertThat(output).contains("Audit log BROKEN at entry");
	}
}
