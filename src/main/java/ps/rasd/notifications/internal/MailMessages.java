package ps.rasd.notifications.internal;

import java.time.Instant;
import java.util.Date;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.springframework.mail.javamail.JavaMailSender;

import ps.rasd.notifications.domain.OutboxMail;

/**
 * An outbox mail as a UTF-8 MIME message: plain text, or text and HTML as alternatives, with attachments; its extra
 * headers; bulk mail marked {@code Precedence: bulk} and {@code Auto-Submitted}.
 */
final class MailMessages {

	private MailMessages() {
	}

	static MimeMessage of(OutboxMail mail, JavaMailSender sender, InternetAddress from, Instant now)
			throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		message.setFrom(from);
		message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient(), true));
		message.setSubject(mail.getSubject(), "UTF-8");
		message.setSentDate(Date.from(now));
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
					part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
					part.setFileName(file.fileName());
					part.setDisposition(Part.ATTACHMENT);
					mixed.addBodyPart(part);
				}
				message.setContent(mixed);
			}
		}
		message.saveChanges();
		return message;
	}
}
