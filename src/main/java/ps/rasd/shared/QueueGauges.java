package ps.rasd.shared;

import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Gauges of work waiting in a module's tables, for {@code /actuator/prometheus}: counted by SQL when scraped; NaN when
 * the database does not answer (a scrape never fails for it).
 */
public final class QueueGauges {

	private QueueGauges() {
	}

	/** A gauge {@code name} with tags {@code tags} whose value is the number the query counts. */
	public static void count(MeterRegistry registry, JdbcTemplate jdbc, String name, String description, String sql,
			String... tags) {
		Supplier<Number> value = () -> {
			try {
				Long count = jdbc.queryForObject(sql, Long.class);
				return count == null ? 0 : count;
			}
			catch (RuntimeException ex) {
				return Double.NaN;
			}
		};
		Gauge.builder(name, value).description(description).tags(tags).register(registry);
	}
}
