package ps.rasd.analytics.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import ps.rasd.shared.QueueGauges;

/** The export and report job queues at {@code /actuator/prometheus}: jobs waiting and running, across all nodes. */
@Component
class JobMetrics implements MeterBinder {

	private final JdbcTemplate jdbc;

	JobMetrics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String status : new String[] { "QUEUED", "RUNNING" }) {
			QueueGauges.count(registry, jdbc, "rasd.jobs.depth", "export and report jobs in this status",
					"select count(*) from analytics_export_job where status = '" + status + "'", "kind", "export",
					"status", status);
			QueueGauges.count(registry, jdbc, "rasd.jobs.depth", "export and report jobs in this status",
					"select count(*) from analytics_report_job where status = '" + status + "'", "kind", "report",
					"status", status);
		}
	}
}
