package ps.rasd.notifications;

import java.util.List;
import java.util.Map;

/**
 * A mail to send.
 *
 * @param to the recipient's address, e.g. {@code unit@moh.ps}
 * @param subject the subject line
 * @param textBody the plain-text body, always sent
 * @param htmlBody an HTML version of the body, sent beside the text when given; may be {@code null}
 * @param kind what the mail is about, e.g. {@code case.referral}
 * @param reference the record it is about, e.g. {@code RSD-2026-000123}; may be {@code null}
 * @param headers extra header lines, e.g. {@code List-Unsubscribe}; names of letters, digits and hyphens only
 * @param bulk whether the mail is one of many (a newsletter): it waits behind every other mail, goes out at the
 *        bulk rate, and an address the mail server refuses outright is not tried again
 * @param attachments files sent with the mail (an invitation's {@code .ics}, a QR code); at most 512 KB together
 */
public record OutgoingMail(String to, String subject, String textBody, String htmlBody, String kind,
		String reference, Map<String, String> headers, boolean bulk, List<Attachment> attachments) {

	public OutgoingMail {
		headers = headers == null ? Map.of() : Map.copyOf(headers);
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** A mail with extra headers, without attachments. */
	public OutgoingMail(String to, String subject, String textBody, String htmlBody, String kind, String reference,
			Map<String, String> headers, boolean bulk) {
		this(to, subject, textBody, htmlBody, kind, reference, headers, bulk, List.of());
	}

	/** The same mail with files attached. */
	public OutgoingMail with(Attachment... files) {
		List<Attachment> all = new java.util.ArrayList<>(attachments);
		all.addAll(List.of(files));
		return new OutgoingMail(to, subject, textBody, htmlBody, kind, reference, headers, bulk, all);
	}

	/**
	 * A file sent with a mail.
	 *
	 * @param fileName its name, e.g. {@code invitation.ics}; letters, digits, dots, hyphens and underscores
	 * @param contentType its media type, e.g. {@code text/calendar; method=PUBLISH}
	 * @param content its bytes
	 */
	public record Attachment(String fileName, String contentType, byte[] content) {
	}

	/** A mail of its own (a referral, a confirmation), without extra headers. */
	public OutgoingMail(String to, String subject, String textBody, String htmlBody, String kind, String reference) {
		this(to, subject, textBody, htmlBody, kind, reference, Map.of(), false);
	}
}
