package ps.rasd.platform.health;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import ps.rasd.shared.QueueGauges;

/**
 * The after-commit work still to do (Spring Modulith's event publications not completed: mail on a referral, a case
 * from a visit, …) at {@code /actuator/prometheus}.
 */
@Component
class EventMetrics implements MeterBinder {

	private final JdbcTemplate jdbc;

	EventMetrics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		QueueGauges.count(registry, jdbc, "rasd.events.incomplete", "event publications not yet completed",
				"select count(*) from event_publication where completion_date is null");
	}
}
