package ps.rasd.analytics.web;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.support.OnPostgres;

/** The dashboards, the home figures and the map on a real PostgreSQL: the statistics SQL runs on both databases. */
class PostgresDashboardWebTests extends DashboardWebTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		OnPostgres.register(registry);
	}
}
