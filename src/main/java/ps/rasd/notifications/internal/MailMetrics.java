package ps.rasd.notifications.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import ps.rasd.shared.QueueGauges;

/** The mail outbox at {@code /actuator/prometheus}: mails waiting, being sent, and failed for good. */
@Component
class MailMetrics implements MeterBinder {

	private final JdbcTemplate jdbc;

	MailMetrics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String status : new String[] { "PENDING", "SENDING", "FAILED" }) {
			QueueGauges.count(registry, jdbc, "rasd.mail.outbox.depth", "mails of the outbox in this status",
					"select count(*) from notifications_outbox where status = '" + status + "'", "status", status);
		}
	}
}
