package ps.rasd.notifications;

/**
 * A mail to send.
 *
 * @param to the recipient's address, e.g. {@code unit@moh.ps}
 * @param subject the subject line
 * @param textBody the plain-text body, always sent
 * @param htmlBody an HTML version of the body, sent beside the text when given; may be {@code null}
 * @param kind what the mail is about, e.g. {@code case.referral}
 * @param reference the record it is about, e.g. {@code RSD-2026-000123}; may be {@code null}
 */
public record OutgoingMail(String to, String subject, String textBody, String htmlBody, String kind,
		String reference) {
}
