package ps.rasd.network;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OnPostgres;

/** {@link NetworkManagementTests} again, on a real PostgreSQL. */
class PostgresNetworkManagementTests extends NetworkManagementTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}
}
