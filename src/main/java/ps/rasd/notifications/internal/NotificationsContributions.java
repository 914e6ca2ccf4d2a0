package ps.rasd.notifications.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ps.rasd.notifications.MailOutbox;
import ps.rasd.shared.spi.WorkSection;

/**
 * What the notifications module contributes to the others, in one listing: each class implements a
 * {@code shared.spi} contract and is declared here rather than found by scanning.
 */
@Configuration(proxyBeanMethods = false)
public class NotificationsContributions {

	/** Contributes: {@link WorkSection}. */
	@Bean
	MailWork mailWork(MailOutbox outbox) {
		return new MailWork(outbox);
	}
}
