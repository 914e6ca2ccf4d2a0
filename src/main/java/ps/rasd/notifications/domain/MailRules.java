package ps.rasd.notifications.domain;

import ps.rasd.notifications.OutgoingMail;
import ps.rasd.shared.DomainException;
import ps.rasd.shared.EmailAddress;

/** What a mail must be before it is queued: one plain address, a subject, a body, a kind, within the columns. */
public final class MailRules {

	private static final int SUBJECT_MAX = 500;

	private static final int TEXT_MAX = 100_000;

	private static final int HTML_MAX = 200_000;

	private static final int KIND_MAX = 60;

	private static final int HEADERS_MAX = 2000;

	private static final int ATTACHMENTS_MAX = 512 * 1024;

	/** The attachments as kept: one {@code name TAB type TAB base64} a line, or an empty text when there are none. */
	public static String attachmentText(OutgoingMail mail) {
		StringBuilder text = new StringBuilder();
		for (var file : mail.attachments()) {
			text.append(file.fileName()).append('\t').append(file.contentType()).append('\t')
				.append(java.util.Base64.getEncoder().encodeToString(file.content())).append('\n');
		}
		return text.toString();
	}

	private MailRules() {
	}

	/**
	 * @throws DomainException {@code notifications.mail.address-invalid}, {@code notifications.mail.incomplete},
	 * {@code notifications.mail.too-long}
	 */
	public static void check(OutgoingMail mail) {
		if (mail == null || blank(mail.subject()) || blank(mail.textBody()) || blank(mail.kind())) {
			throw new DomainException("notifications.mail.incomplete");
		}
		if (!isAddress(mail.to())) {
			throw new DomainException("notifications.mail.address-invalid", String.valueOf(mail.to()));
		}
		if (mail.subject().strip().length() > SUBJECT_MAX || mail.textBody().length() > TEXT_MAX
				|| (mail.htmlBody() != null && mail.htmlBody().length() > HTML_MAX)
				|| mail.kind().strip().length() > KIND_MAX
				|| (mail.reference() != null && mail.reference().strip().length() > KIND_MAX)) {
			throw new DomainException("notifications.mail.too-long");
		}
		for (var header : mail.headers().entrySet()) {
			if (!header.getKey().matches("[A-Za-z][A-Za-z0-9-]{0,60}") || header.getValue() == null
					|| header.getValue().matches("(?s).*[\\r\\n].*")) {
				throw new DomainException("notifications.mail.header-invalid", header.getKey());
			}
		}
		long size = 0;
		for (var file : mail.attachments()) {
			if (file.fileName() == null || !file.fileName().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
					|| file.contentType() == null || !file.contentType().matches("[a-z]+/[a-z0-9.+-]+(; ?[a-z-]+=[A-Za-z0-9-]+)*")
					|| file.content() == null) {
				throw new DomainException("notifications.mail.attachment-invalid", String.valueOf(file.fileName()));
			}
			size += file.content().length;
		}
		if (size > ATTACHMENTS_MAX) {
			throw new DomainException("notifications.mail.too-long");
		}
		if (headerText(mail).length() > HEADERS_MAX) {
			throw new DomainException("notifications.mail.too-long");
		}
	}

	/** The extra headers as kept: one {@code Name: value} a line, or {@code null} when there are none. */
	public static String headerText(OutgoingMail mail) {
		if (mail.headers().isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		mail.headers().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
			.forEach(h -> text.append(h.getKey()).append(": ").append(h.getValue().strip()).append('\n'));
		return text.toString();
	}

	/** One plain address by the application's one rule ({@link EmailAddress}), which forms and the API apply too. */
	public static boolean isAddress(String value) {
		return EmailAddress.isValid(value);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
