package ps.rasd.notifications.internal;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ps.rasd.notifications.domain.OutboxMail;
import ps.rasd.notifications.domain.OutboxMailRepository;

/**
 * Sends the outbox. Each due mail is claimed on its own by a conditional update (so that dispatchers on several
 * nodes never send the same mail), sent as a UTF-8 MIME message, then marked sent or failed. A mail whose claim
 * lapsed (its node stopped mid-send) is queued again. Without a mail server nothing is touched: mail waits.
 */
@Component
public class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	/** After this many failures in a row the server is taken to be away, and the other mails wait for the next run. */
	private static final int FAILURES_IN_A_ROW = 3;

	private static final int BATCHES_PER_RUN = 50;

	private enum Outcome { SENT, FAILED, REFUSED, TAKEN }

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
	 * Sends what is due now: first queues again the mails whose claim lapsed, then claims and sends due mails in
	 * batches until none is left, or until several failed in a row.
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
		int failures = 0;
		int bulkLeft = settings.bulkPerPoll();
		for (int batch = 0; batch < BATCHES_PER_RUN; batch++) {
			// read again each batch: a referral queued while a newsletter goes out is next, not after it
			List<Long> due = mails.findDue(now(), bulkLeft > 0, PageRequest.of(0, settings.batchSize()));
			for (Long id : due) {
				Outcome outcome = send(id);
				if (outcome == Outcome.SENT || outcome == Outcome.REFUSED) {
					sent += outcome == Outcome.SENT ? 1 : 0;
					failures = 0;
				}
				else if (outcome == Outcome.FAILED && ++failures >= FAILURES_IN_A_ROW) {
					log.warn("{} mails failed in a row; the others wait for the next poll", failures);
					return sent;
				}
				boolean wasBulk = bulk(id);
				if (outcome != Outcome.TAKEN && wasBulk && --bulkLeft <= 0) {
					break;
				}
			}
			if (due.isEmpty() || (due.size() < settings.batchSize() && bulkLeft > 0)) {
				break;
			}
		}
		return sent;
	}

	private final java.util.Set<Long> bulkIds = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private boolean bulk(long id) {
		return bulkIds.remove(id);
	}

	private Outcome send(long id) {
		if (!claim(id)) {
			return Outcome.TAKEN;
		}
		OutboxMail mail = mails.findById(id).orElse(null);
		if (mail == null) {
			return Outcome.TAKEN;
		}
		if (mail.isBulk()) {
			bulkIds.add(id);
		}
		try {
			sender.send(message(mail));
		}
		catch (MessagingException | RuntimeException ex) {
			String error = describe(ex);
			log.warn("Mail {} ({}) not sent: {}", id, mail.getKind(), error);
			if (mail.isBulk() && refusedOutright(ex)) {
				return save(mail, m -> m.refused(error)) ? Outcome.REFUSED : Outcome.TAKEN;
			}
			return save(mail, m -> m.attemptFailed(error, now(), settings.maxAttempts()))
					? Outcome.FAILED : Outcome.TAKEN;
		}
		return save(mail, m -> m.delivered(now())) ? Outcome.SENT : Outcome.TAKEN;
	}

	/** The server answered the recipient with a permanent (5xx) refusal: the address does not take mail. */
	private static boolean refusedOutright(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof jakarta.mail.SendFailedException failed && failed.getInvalidAddresses() != null
					&& failed.getInvalidAddresses().length > 0) {
				return true;
			}
		}
		return false;
	}

	private boolean claim(long id) {
		try {
			return mails.claim(id, now().plus(settings.claimTimeout())) == 1;
		}
		catch (PessimisticLockingFailureException ex) {
			// another dispatcher held the row for longer than the lock timeout: it has the mail
			return false;
		}
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

	private MimeMessage message(OutboxMail mail) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		message.setFrom(from);
		message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
		message.setSubject(mail.getSubject(), "UTF-8");
		message.setSentDate(Date.from(now()));
		message.setHeader("X-Rasd-Outbox-Id", String.valueOf(mail.getId()));
		for (String[] header : mail.extraHeaders()) {
			message.setHeader(header[0], header[1]);
		}
		if (mail.isBulk()) {
			message.setHeader("Precedence", "bulk");
			message.setHeader("Auto-Submitted", "auto-generated");
		}
		var files = mail.attachments();
		if (mail.getHtmlBody() == null && files.isEmpty()) {
			message.setText(mail.getTextBody(), "UTF-8", "plain");
		}
		else {
			MimeBodyPart text = new MimeBodyPart();
			text.setText(mail.getTextBody(), "UTF-8", "plain");
			MimeMultipart alternative = null;
			MimeBodyPart body = text;
			if (mail.getHtmlBody() != null) {
				MimeBodyPart html = new MimeBodyPart();
				html.setText(mail.getHtmlBody(), "UTF-8", "html");
				alternative = new MimeMultipart("alternative", text, html);
				body = new MimeBodyPart();
				body.setContent(alternative);
			}
			if (files.isEmpty()) {
				message.setContent(alternative);
			}
			else {
				MimeMultipart mixed = new MimeMultipart("mixed", body);
				for (var file : files) {
					MimeBodyPart part = new MimeBodyPart();
					part.setDataHandler(new jakarta.activation.DataHandler(
							new jakarta.mail.util.ByteArrayDataSource(file.content(), file.contentType())));
					part.setFileName(file.fileName());
					part.setDisposition(jakarta.mail.Part.ATTACHMENT);
					mixed.addBodyPart(part);
				}
				message.setContent(mixed);
			}
		}
		message.saveChanges();
		return message;
	}

	/** The time as the database keeps it: a finer one would be rounded there and compare wrongly. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static String describe(Exception ex) {
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
