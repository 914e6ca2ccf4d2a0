package ps.rasd.identity.domain;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;

import ps.rasd.shared.DomainException;

/**
 * What a password must be, and how one-time passwords are made. Length beats composition rules (NIST SP 800-63B):
 * at least {@value #MIN_LENGTH} characters, not containing the username, and not guessable: zxcvbn (Dropbox's
 * estimator, {@code com.nulab-inc:zxcvbn}, MIT) must estimate at least 10⁸ guesses (its score
 * {@value #MIN_SCORE}), which refuses the common and leaked passwords of its bundled lists (the 30,000 most used
 * passwords of public breaches, English words, names), repeats ({@code aaaaaaaaaaaa}), sequences
 * ({@code 123456789012}), keyboard walks and dates, and the names of the application and of the person.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	/** zxcvbn's score 3: "safely unguessable", more than 10⁸ guesses. */
	static final int MIN_SCORE = 3;

	/** Words of this application that make a password guessable by anyone who knows where it is used. */
	private static final List<String> SITE_WORDS = List.of("rasd", "رصد", "palestine", "falastin", "فلسطين");

	/** No 0/O, 1/l/I: one-time passwords are read aloud and copied by hand. */
	private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int ONE_TIME_LENGTH = 16;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Zxcvbn ESTIMATOR = new Zxcvbn();

	private PasswordPolicy() {
	}

	/**
	 * Checks a new password chosen by its owner.
	 * @param personal other words of the person (display name, e-mail) that must not make the password guessable
	 * @throws DomainException {@code identity.password.too-short}, {@code identity.password.too-long},
	 * {@code identity.password.contains-username}, or for a guessable one {@code identity.password.common},
	 * {@code identity.password.repeats}, {@code identity.password.sequence}, {@code identity.password.keyboard},
	 * {@code identity.password.date}, {@code identity.password.personal}, {@code identity.password.weak}
	 */
	public static void check(String username, String password, String... personal) {
		if (password == null || password.length() < MIN_LENGTH) {
			throw new DomainException("identity.password.too-short", MIN_LENGTH);
		}
		if (password.length() > MAX_LENGTH) {
			throw new DomainException("identity.password.too-long", MAX_LENGTH);
		}
		if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw new DomainException("identity.password.contains-username");
		}
		List<String> inputs = new ArrayList<>(SITE_WORDS);
		inputs.add(username);
		Arrays.stream(personal).filter(w -> w != null && !w.isBlank())
			.flatMap(w -> Arrays.stream(w.toLowerCase(Locale.ROOT).split("[\\s@.]+")))
			.filter(w -> w.length() > 2).forEach(inputs::add);
		Strength strength = ESTIMATOR.measure(password, inputs);
		if (strength.getScore() < MIN_SCORE) {
			throw new DomainException(reason(strength));
		}
	}

	/** The kind of the longest guessable part, so the message says what to avoid. */
	private static String reason(Strength strength) {
		Match weakest = strength.getSequence().stream().filter(m -> m.pattern != null)
			.max((a, b) -> Integer.compare(a.tokenLength(), b.tokenLength())).orElse(null);
		if (weakest == null) {
			return "identity.password.weak";
		}
		return switch (weakest.pattern) {
			case Dictionary -> "user_inputs".equals(weakest.dictionaryName) ? "identity.password.personal"
					: "identity.password.common";
			case Repeat -> "identity.password.repeats";
			case Sequence -> "identity.password.sequence";
			case Spatial -> "identity.password.keyboard";
			case Date -> "identity.password.date";
			default -> "identity.password.weak";
		};
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
