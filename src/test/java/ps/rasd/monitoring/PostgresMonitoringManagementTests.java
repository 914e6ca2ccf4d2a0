package ps.rasd.monitoring;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OnPostgres;

/** {@link MonitoringManagementTests} again, on a real PostgreSQL. */
class PostgresMonitoringManagementTests extends MonitoringManagementTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}
}
