package ps.rasd.advocacy;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OnPostgres;

/** {@link AdvocacyManagementTests} again, on a real PostgreSQL. */
class PostgresAdvocacyManagementTests extends AdvocacyManagementTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}
}
