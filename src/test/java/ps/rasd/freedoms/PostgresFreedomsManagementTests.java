package ps.rasd.freedoms;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OnPostgres;

/** {@link FreedomsManagementTests} again, on a real PostgreSQL. */
class PostgresFreedomsManagementTests extends FreedomsManagementTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}
}
