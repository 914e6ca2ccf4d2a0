package ps.rasd.notifications.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.core.annotation.Order;

import ps.rasd.notifications.MailOutbox;
import ps.rasd.notifications.MailStatus;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.access.Role;
import ps.rasd.shared.spi.WorkSection;

/** An administrator's part of the start page: the mail the outbox gave up on, waiting for a retry. */
@Order(90)
class MailWork implements WorkSection {

	private final MailOutbox outbox;

	MailWork(MailOutbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public List<WorkList> work(RasdPrincipal person, Locale locale) {
		if (!person.reader().is(Role.ADMIN)) {
			return List.of();
		}
		long failed = outbox.counts().getOrDefault(MailStatus.FAILED.name(), 0L);
		return List.of(new WorkList("notifications.work.failed", failed, "/admin/mail?status=FAILED", List.of()));
	}
}
