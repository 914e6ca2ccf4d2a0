package ps.rasd.evidence;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OnPostgres;

/** {@link ResumableUploadsTests} again, on a real PostgreSQL. */
class PostgresResumableUploadsTests extends ResumableUploadsTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}
}
