package ps.rasd.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

import ps.rasd.RasdApplication;
import ps.rasd.shared.AuditTrail;

/**
 * {@code audit-verify} checks the sealed chain, reports the entries not sealed yet (a command seals nothing: the
 * running application does), and fails when a sealed entry was changed.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuditVerifyCommandTests {

	@Test
	void theCommandChecksTheChainAndFailsWhenItIsBroken(CapturedOutput output) {
		String url = "--spring.datasource.url=jdbc:h2:mem:audit-verify-" + System.nanoTime()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
		try (var context = new SpringApplicationBuilder(RasdApplication.class).web(WebApplicationType.NONE)
			.profiles("test", "command").run(url, "audit-verify")) {
			context.getBean(AuditTrail.class).record("test.one", "test", 1, null, null);
			context.getBean(AuditTrail.class).record("test.two", "test", 2, null, null);
			context.getBean(AuditManagement.class).sealPending();
			context.getBean(AuditTrail.class).record("test.three", "test", 3, null, null);
			assertThat(SpringApplication.exit(context)).isZero();
		}
		assertThat(output).contains("Audit log intact");
		try (var again = new SpringApplicationBuilder(RasdApplication.class).web(WebApplicationType.NONE)
			.profiles("test", "command").run(url, "audit-verify")) {
			assertThat(output).containsPattern("Audit log intact: \\d+ sealed entries checked, 1 not sealed yet\\.");
			again.getBean(JdbcTemplate.class).update("update audit_entry set actor_name = 'intruder' "
					+ "where action = 'test.one'");
			assertThat(SpringApplication.exit(again)).isZero();
		}
		try (var third = new SpringApplicationBuilder(RasdApplication.class).web(WebApplicationType.NONE)
			.profiles("test", "command").run(url, "audit-verify")) {
			assertThat(SpringApplication.exit(third)).isEqualTo(3);
		}
		assertThat(output).contains("Audit log BROKEN at entry");
	}
}
