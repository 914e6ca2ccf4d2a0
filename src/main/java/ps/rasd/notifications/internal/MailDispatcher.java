package ps.rasd.notifications.internal;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ps.rasd.notifications.domain.OutboxMail;
import ps.rasd.notifications.domain.OutboxMailRepository;

/**
 * Sends the outbox in batches: due mails are claimed by one conditional update (so that dispatchers on several nodes
 * never send the same mail), sent as UTF-8 MIME messages over one connection to the mail server, then the delivered
 * ones marked sent by one update and each failed one on its own. Mails of their own (a referral) and bulk mails (a
 * newsletter) are two lanes: each round sends the due mails of their own first, then one batch of bulk mails. A mail whose claim
 * lapsed (its node stopped mid-send) is queued again. Without a mail server nothing is touched: mail waits.
 */
@Component
public class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	/** After this many failures in a row the server is taken to be away, and the other mails wait for the next run. */
	private static final int FAILURES_IN_A_ROW = 3;

	/** At most this many rounds (a batch of single mails, then one of bulk mails) in one run. */
	private static final int ROUNDS_PER_RUN = 1000;

	private final OutboxMailRepository mails;

	private final JavaMailSender sender;

	private final String host;

	private final MailSettings settings;

	private final InternetAddress from;

	private final Clock clock;

	public MailDispatcher(OutboxMailRepository mails, ObjectProvider<JavaMailSender> senders,
			@Value("${spring.mail.host:}") String host, MailSettings settings, Clock clock) {
		this.mails = mails;
		this.host = host == null ? "" : host.strip();
		// Boot makes a sender even for an empty host; an empty host means that no mail server is configured
		this.sender = this.host.isEmpty() ? null : senders.getIfAvailable();
		this.settings = settings;
		this.from = address(settings.from());
		this.clock = clock;
	}

	/** Whether mail is being sent (a mail server is configured). */
	public boolean sending() {
		return sender != null;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		if (sending()) {
			log.info("Mail is sent through {} from {}", host, from.toUnicodeString());
		}
		else {
			log.warn("Mail is queued but not sent: no mail server is configured (set RASD_MAIL_HOST). "
					+ "Queued mail stays in the outbox and goes out once one is.");
		}
	}

	@Scheduled(fixedDelayString = "${rasd.mail.poll-interval:PT15S}",
			initialDelayString = "${rasd.mail.poll-interval:PT15S}")
	void poll() {
		try {
			dispatchNow();
		}
		catch (RuntimeException ex) {
			log.error("Sending the outbox failed; trying again at the next poll", ex);
		}
	}

	/**
	 * Sends what is due now: first queues again the mails whose claim lapsed, then, round after round, the due mails
	 * of their own (a referral) and a batch of bulk mails (a newsletter, at most {@code bulkPerPoll} in a run), until
	 * none is left or the mail server seems away.
	 * @return how many mails the mail server accepted
	 */
	public int dispatchNow() {
		if (!sending()) {
			return 0;
		}
		int lapsed = mails.releaseLapsed(now());
		if (lapsed > 0) {
			log.warn("{} mail(s) left unfinished by a stopped node are queued again", lapsed);
		}
		int sent = 0;
		int bulkLeft = settings.bulkPerPoll();
		for (int round = 0; round < ROUNDS_PER_RUN; round++) {
			// read again each round: a referral queued while a newsletter goes out leaves before its next batch
			List<Long> single = mails.findDue(now(), false, PageRequest.of(0, settings.batchSize()));
			Batch singles = sendBatch(single);
			sent += singles.sent();
			if (singles.serverAway()) {
				return sent;
			}
			List<Long> bulk = bulkLeft <= 0 ? List.of()
					: mails.findDueBulk(now(), PageRequest.of(0, Math.min(settings.bulkBatchSize(), bulkLeft)));
			Batch bulks = sendBatch(bulk);
			sent += bulks.sent();
			bulkLeft -= bulks.held();
			if (bulks.serverAway()) {
				return sent;
			}
			if (single.isEmpty() && bulk.isEmpty()) {
				break;
			}
		}
		return sent;
	}

	/** What became of a batch: how many this dispatcher held and sent, and whether the server seems away. */
	private record Batch(int held, int sent, boolean serverAway) {

		static final Batch NONE = new Batch(0, 0, false);
	}

	/**
	 * Claims the mails in one statement, sends those it got over one connection to the mail server, marks the
	 * delivered ones sent in one statement and each failed one on its own.
	 */
	private Batch sendBatch(List<Long> ids) {
		if (ids.isEmpty()) {
			return Batch.NONE;
		}
		String claim = UUID.randomUUID().toString();
		try {
			if (mails.claimAll(ids, now().plus(settings.claimTimeout()), claim) == 0) {
				return Batch.NONE;
			}
		}
		catch (PessimisticLockingFailureException ex) {
			// another dispatcher held the rows for longer than the lock timeout: it has those mails
			return Batch.NONE;
		}
		List<OutboxMail> held = mails.findClaimed(claim);
		Map<OutboxMail, Exception> failed = new LinkedHashMap<>();
		Map<MimeMessage, OutboxMail> messages = new LinkedHashMap<>();
		for (OutboxMail mail : held) {
			try {
				messages.put(MailMessages.of(mail, sender, from, now()), mail);
			}
			catch (MessagingException | RuntimeException ex) {
				failed.put(mail, ex);
			}
		}
		if (!messages.isEmpty()) {
			try {
				sender.send(messages.keySet().toArray(MimeMessage[]::new));
			}
			catch (MailSendException ex) {
				ex.getFailedMessages().forEach((message, cause) -> failed.put(messages.get(message), cause));
				if (ex.getFailedMessages().isEmpty()) {
					messages.values().forEach(mail -> failed.put(mail, ex));
				}
			}
			catch (MailException ex) {
				messages.values().forEach(mail -> failed.put(mail, ex));
			}
		}
		List<Long> delivered = held.stream().filter(mail -> !failed.containsKey(mail)).map(OutboxMail::getId).toList();
		int sent = delivered.isEmpty() ? 0 : mails.deliveredAll(delivered, now(), claim);
		int failures = 0;
		for (Map.Entry<OutboxMail, Exception> entry : failed.entrySet()) {
			OutboxMail mail = entry.getKey();
			String error = describe(entry.getValue());
			log.warn("Mail {} ({}) not sent: {}", mail.getId(), mail.getKind(), error);
			if (mail.isBulk() && refusedOutright(entry.getValue())) {
				save(mail, m -> m.refused(error));
			}
			else if (save(mail, m -> m.attemptFailed(error, now(), settings.maxAttempts()))) {
				failures++;
			}
		}
		boolean away = delivered.isEmpty() && failures > 0 && failures >= Math.min(FAILURES_IN_A_ROW, held.size());
		if (away) {
			log.warn("{} mails failed in a row; the others wait for the next poll", failures);
		}
		return new Batch(held.size(), sent, away);
	}

	/** The server answered the recipient with a permanent (5xx) refusal: the address does not take mail. */
	private static boolean refusedOutright(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
					&& failed.getInvalidAddresses().length > 0) {
				return true;
			}
		}
		return false;
	}

	/** Saves the change against the version claimed: if the claim lapsed and another node took the mail, it wins. */
	private boolean save(OutboxMail mail, Consumer<OutboxMail> change) {
		change.accept(mail);
		try {
			mails.save(mail);
			return true;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			log.warn("Mail {} was taken over by another dispatcher after its claim lapsed", mail.getId());
			return false;
		}
	}

	/** The time as the database keeps it: a finer one would be rounded there and compare wrongly. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static String describe(Throwable ex) {
		StringBuilder text = new StringBuilder();
		Throwable cause = ex;
		for (int depth = 0; cause != null && depth < 4; depth++, cause = cause.getCause()) {
			if (text.length() > 0) {
				text.append(" <- ");
			}
			text.append(cause.getClass().getSimpleName());
			if (cause.getMessage() != null) {
				text.append(": ").append(cause.getMessage().strip());
			}
		}
		return text.toString();
	}

	private static InternetAddress address(String value) {
		try {
			InternetAddress address = new InternetAddress(value, true);
			if (address.getPersonal() != null) {
				address.setPersonal(address.getPersonal(), "UTF-8");
			}
			return address;
		}
		catch (AddressException | UnsupportedEncodingException ex) {
			throw new IllegalStateException("rasd.mail.from (RASD_MAIL_FROM) is not a mail address: " + value, ex);
		}
	}
}
