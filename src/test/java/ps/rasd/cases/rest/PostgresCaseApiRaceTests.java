package ps.rasd.cases.rest;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OnPostgres;

/** {@link CaseApiRaceTests} again, on a real PostgreSQL. */
class PostgresCaseApiRaceTests extends CaseApiRaceTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}
}
