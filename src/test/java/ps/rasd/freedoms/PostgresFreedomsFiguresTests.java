package ps.rasd.freedoms;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OnPostgres;

/** {@link FreedomsFiguresTests} again, on a real PostgreSQL. */
class PostgresFreedomsFiguresTests extends FreedomsFiguresTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}
}
