package ps.rasd.readership;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OnPostgres;

/** {@link ReadingPathsAgreeTests} again, on a real PostgreSQL. */
class PostgresReadingPathsAgreeTests extends ReadingPathsAgreeTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}
}
