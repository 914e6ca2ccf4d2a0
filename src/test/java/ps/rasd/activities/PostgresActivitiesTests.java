package ps.rasd.activities;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OnPostgres;

/** {@link ActivitiesTests} again, on a real PostgreSQL. */
class PostgresActivitiesTests extends ActivitiesTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}
}
