package ps.rasd.polls.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OnPostgres;

/** {@link PopulationTargetsWebTests} again, on a real PostgreSQL. */
class PostgresPopulationTargetsWebTests extends PopulationTargetsWebTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}
}
