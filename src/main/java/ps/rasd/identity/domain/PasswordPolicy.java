package ps.rasd.identity.domain;

import java.security.SecureRandom;
import java.util.Locale;

import ps.rasd.shared.DomainException;

/**
 * What a password must be, and how one-time passwords are made. Length beats composition rules (NIST SP 800-63B):
 * at least {@value #MIN_LENGTH} characters, not containing the username.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	/** No 0/O, 1/l/I: one-time passwords are read aloud and copied by hand. */
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int ONE_TIME_LENGTH = 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordPolicy() {
	}

	/** Checks a new password chosen by its owner. */
	public static void check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new DomainException("identity.password.too-short", MIN_LENGTH);
		}
		if (password.length() > MAX_LENGTH) {
			throw new DomainException("identity.password.too-long", MAX_LENGTH);
		}
		if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw new DomainException("identity.password.contains-username");
		}
	}

	/** A random one-time password of {@value #ONE_TIME_LENGTH} unambiguous characters (about 93 bits). */
	public static String oneTimePassword() {
		StringBuilder out = new StringBuilder(ONE_TIME_LENGTH);
		for (int i = 0; i < ONE_TIME_LENGTH; i++) {
			out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return out.toString();
	}
}
