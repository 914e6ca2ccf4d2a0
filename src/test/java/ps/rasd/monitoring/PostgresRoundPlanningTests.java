package ps.rasd.monitoring;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OnPostgres;

/** {@link RoundPlanningTests} again, on a real PostgreSQL. */
class PostgresRoundPlanningTests extends RoundPlanningTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}
}
