package ps.rasd.search.internal;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OnPostgres;

/** {@link IndexOutboxClaimTests} again, on a real PostgreSQL (where nodes claim concurrently in production). */
class PostgresIndexOutboxClaimTests extends IndexOutboxClaimTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}
}
