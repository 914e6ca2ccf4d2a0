package ps.rasd.cases;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OnPostgres;

/** {@link CaseManagementTests} again, on a real PostgreSQL. */
class PostgresCaseManagementTests extends CaseManagementTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}
}
