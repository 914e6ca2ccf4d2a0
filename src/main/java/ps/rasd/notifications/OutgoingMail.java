package ps.rasd.notifications;

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
 */
public record OutgoingMail(String to, String subject, String textBody, String htmlBody, String kind,
		String reference, Map<String, String> headers, boolean bulk) {

	public OutgoingMail {
		headers = headers == null ? Map.of() : Map.copyOf(headers);
	}

	/** A mail of its own (a referral, a confirmation), without extra headers. */
	public OutgoingMail(String to, String subject, String textBody, String htmlBody, String kind, String reference) {
		this(to, subject, textBody, htmlBody, kind, reference, Map.of(), false);
	}
}
