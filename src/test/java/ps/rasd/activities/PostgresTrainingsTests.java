package ps.rasd.activities;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OnPostgres;

/** {@link TrainingsTests} again, on a real PostgreSQL. */
class PostgresTrainingsTests extends TrainingsTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}
}
