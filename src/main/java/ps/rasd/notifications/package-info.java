/**
 * Notifications: e-mail sent over SMTP through a transactional outbox. A module queues a mail in the transaction of
 * its change ({@link ps.rasd.notifications.MailOutbox#queue}); a dispatcher sends it after commit, retries with a
 * growing pause while the mail server is away, and gives up after a number of attempts, leaving the mail for an
 * administrator to retry from the outbox page.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = { "shared", "shared::spi" })
package ps.rasd.notifications;

import org.springframework.modulith.ApplicationModule;
