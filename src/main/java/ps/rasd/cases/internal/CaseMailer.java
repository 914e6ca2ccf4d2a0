package ps.rasd.cases.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import ps.rasd.cases.CaseSummary;
import ps.rasd.notifications.MailOutbox;
import ps.rasd.notifications.OutgoingMail;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.EmailAddress;
import ps.rasd.shared.RasdProperties;

/** Renders a case mail from the {@code cases/mail} template and queues it in the notifications outbox. */
@Component
public class CaseMailer {

	private static final Logger log = LoggerFactory.getLogger(CaseMailer.class);

	private final MailOutbox outbox;

	private final ITemplateEngine templates;

	private final MessageSource messages;

	private final String baseUrl;

	CaseMailer(MailOutbox outbox, ITemplateEngine templates, MessageSource messages, RasdProperties properties) {
		this.outbox = outbox;
		this.templates = templates;
		this.messages = messages;
		this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
	}

	/** The application's address, without a trailing slash. */
	public String baseUrl() {
		return baseUrl;
	}

	/** A model holding the case. */
	public static Map<String, Object> model(CaseSummary summary) {
		Map<String, Object> model = new HashMap<>();
		model.put("summary", summary);
		return model;
	}

	/** Queues one mail of a case; a malformed address is logged and skipped, never stops the case. */
	public void queue(String to, String kind, Locale locale, String subject, Map<String, Object> model,
			CaseSummary summary) {
		model.put("kind", kind);
		model.put("subject", subject);
		if (!EmailAddress.isValid(to)) {
			// an address recorded before the rule was one rule, or by hand: the case goes on without this mail
			log.warn("Case {}: {} mail skipped, the recipient's address is not valid", summary.reference(), kind);
			return;
		}
		String html = templates.process("cases/mail", new Context(locale, model));
		try {
			outbox.queue(new OutgoingMail(to, subject, HtmlText.of(html), html, "case." + kind, summary.reference()));
		}
		catch (DomainException ex) {
			// a malformed address recorded for a unit or a reporter must not stop the case
			log.warn("Case {}: {} mail not queued: {}", summary.reference(), kind, ex.code());
		}
	}

	/** Queues a mail that concerns no one case (the digest). */
	public void queue(String to, String kind, Locale locale, String subject, Map<String, Object> model) {
		if (!EmailAddress.isValid(to)) {
			log.warn("{} mail skipped, the recipient's address is not valid", kind);
			return;
		}
		model.put("subject", subject);
		model.put("kind", kind);
		String html = templates.process("cases/mail", new Context(locale, model));
		outbox.queue(new OutgoingMail(to, subject, HtmlText.of(html), html, "case." + kind, null));
	}

	/** A message of the cases bundle. */
	public String message(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}
}
