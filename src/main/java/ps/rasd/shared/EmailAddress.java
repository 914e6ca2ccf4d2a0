package ps.rasd.shared;

import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * The one rule for an e-mail address, used by every form and API that takes one and by the mail outbox, so that an
 * address accepted with a submission is always one the outbox will queue: one plain {@code local@domain} address
 * (no display name, comment or line break), at most {@value #MAX_LENGTH} characters, whose domain has a dot and ends
 * in a label of two or more characters ({@code a@b.c} and {@code rami@localhost} are typing errors here).
 */
public final class EmailAddress {

	/** RFC 5321's limit on a forward path. */
	public static final int MAX_LENGTH = 254;

	private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.][^@\\s]*\\.[^@\\s.]{2,}");

	private EmailAddress() {
	}

	/** Whether the value (ignoring surrounding spaces) is an address by the rule; {@code null} and blank are not. */
	public static boolean isValid(String value) {
		if (value == null || value.isBlank()) {
			return false;
		}
		String address = value.strip();
		if (address.length() > MAX_LENGTH || !SHAPE.matcher(address).matches()) {
			return false;
		}
		try {
			InternetAddress parsed = new InternetAddress(address, true);
			parsed.validate();
			return address.equals(parsed.getAddress()) && parsed.getPersonal() == null;
		}
		catch (AddressException ex) {
			return false;
		}
	}

	/** Whether the value is absent (null or blank) or valid: the check of an optional field. */
	public static boolean isAbsentOrValid(String value) {
		return value == null || value.isBlank() || isValid(value);
	}
}
