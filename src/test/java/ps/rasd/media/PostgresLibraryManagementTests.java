package ps.rasd.media;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OnPostgres;

/** {@link LibraryManagementTests} again, on a real PostgreSQL. */
class PostgresLibraryManagementTests extends LibraryManagementTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}
}
