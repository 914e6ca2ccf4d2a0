package ps.rasd.cases.internal;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OnPostgres;

/** {@link ScorecardCountsTests} again, on a real PostgreSQL. */
class PostgresScorecardCountsTests extends ScorecardCountsTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}
}
