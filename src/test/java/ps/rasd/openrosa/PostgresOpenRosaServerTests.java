package ps.rasd.openrosa;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OnPostgres;

/** {@link OpenRosaServerTests} again, on a real PostgreSQL. */
class PostgresOpenRosaServerTests extends OpenRosaServerTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}
}
