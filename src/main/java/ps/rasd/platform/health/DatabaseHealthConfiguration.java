package ps.rasd.platform.health;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code db} in {@code /actuator/health} and its readiness group reads a table of Rasd's schema, not only "is the
 * connection valid": a database that was closed (the embedded H2 after an out-of-memory error) or replaced by an
 * empty one answers DOWN, as the pages would fail.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseHealthConfiguration {

	/** Replaces Boot's own {@code db} indicator (same bean name). */
	@Bean
	HealthContributor dbHealthContributor(DataSource dataSource) {
		return new DataSourceHealthIndicator(dataSource, "select count(*) from flyway_schema_history");
	}
}
