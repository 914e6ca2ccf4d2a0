package ps.rasd.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import ps.rasd.RasdApplication;
import ps.rasd.identity.AccountSummary;
import ps.rasd.identity.IdentityManagement;
import ps.rasd.shared.access.Role;

@ExtendWith(OutputCaptureExtension.class)
class CreateAdminCommandTests {

	@Test
	void createsTheFirstAdministratorWithAOneTimePasswordAndRefusesADuplicate(CapturedOutput output) {
		String url = "--spring.datasource.url=jdbc:h2:mem:create-admin-" + System.nanoTime()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
		try (ConfigurableApplicationContext context = command(url, "create-admin", "--username", "Chief")) {
			AccountSummary chief = context.getBean(IdentityManagement.class).account("chief").orElseThrow();
			assertThat(chief.roles()).containsExactly(Role.ADMIN);
			assertThat(chief.mustChangePassword()).isTrue();
			assertThat(output).containsPattern("One-time password: [A-Za-z2-9]{16}");
			assertThat(context.getBean(IdentityManagement.class).count()).isEqualTo(1);
			assertThat(SpringApplication.exit(context)).isZero();
		}
		try (ConfigurableApplicationContext again = command(url, "create-admin", "--username=chief")) {
			assertThat(SpringApplication.exit(again)).isEqualTo(2);
			assertThat(output).contains("identity.account.username-taken");
		}
	}

	@Test
	void explainsItsUsageWithoutAUsername(CapturedOutput output) {
		String url = "--spring.datasource.url=jdbc:h2:mem:create-admin-" + System.nanoTime()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
		try (ConfigurableApplicationContext context = command(url, "create-admin")) {
			assertThat(SpringApplication.exit(context)).isEqualTo(2);
			assertThat(output).contains("Usage: java -jar rasd.jar create-admin --username NAME");
		}
	}

	private static ConfigurableApplicationContext command(String... args) {
		return new SpringApplicationBuilder(RasdApplication.class).web(WebApplicationType.NONE)
			.profiles("test", "command").run(args);
	}
}
