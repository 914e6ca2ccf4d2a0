package ps.rasd.notifications.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail is sent. The mail server itself is Spring Boot's {@code spring.mail.*} ({@code RASD_MAIL_HOST} and others).
 *
 * @param from the sender of every mail, e.g. {@code Rasd <rasd@example.org>} ({@code RASD_MAIL_FROM})
 * @param pollInterval the pause between two looks at the outbox
 * @param maxAttempts how many failed attempts make a mail FAILED
 * @param batchSize how many due mails are read at a time
 * @param claimTimeout how long a mail may stay SENDING before it is taken for lost and queued again
 * @param bulkPerPoll how many bulk mails (a newsletter) one look at the outbox sends at most, so that a newsletter
 *        goes out at a steady rate ({@code bulkPerPoll / pollInterval}) and leaves the mail server to other mail
 * @param bulkBatchSize how many bulk mails are claimed in one statement and sent over one connection to the mail
 *        server; between two such batches the mails of their own (a referral) due by then go first
 */
@ConfigurationProperties("rasd.mail")
public record MailSettings(@DefaultValue("rasd@localhost") String from, @DefaultValue("PT15S") Duration pollInterval,
		@DefaultValue("10") int maxAttempts, @DefaultValue("20") int batchSize,
		@DefaultValue("PT10M") Duration claimTimeout, @DefaultValue("1000") int bulkPerPoll,
		@DefaultValue("100") int bulkBatchSize) {
}
