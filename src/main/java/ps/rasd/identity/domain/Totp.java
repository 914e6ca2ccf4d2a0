package ps.rasd.identity.domain;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226), as authenticator apps make them: HMAC-SHA1, 30-second
 * steps, 6 digits, a 160-bit secret written in base32. Written here (about 60 lines, checked against the RFC's test
 * vectors) rather than taken from {@code dev.samstevens.totp}, whose last release is from 2020 and whose verifier does
 * not say which step matched: refusing a replayed code needs that step.
 */
public final class Totp {

	public static final int DIGITS = 6;

	public static final long STEP_SECONDS = 30;

	/** Steps accepted either side of now, for a phone whose clock is a little off. */
	static final int DRIFT_STEPS = 1;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/** A fresh 160-bit secret, in base32 (32 characters, no padding). */
	public static String newSecret() {
		byte[] bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		return base32(bytes);
	}

	/** The time step of an instant. */
	public static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
	}

	/** The code of a step (RFC 4226 §5.3, dynamic truncation), with the hash named as in RFC 6238's vectors. */
	static String code(byte[] key, long step, String hmac, int digits) {
		try {
			Mac mac = Mac.getInstance(hmac);
			mac.init(new SecretKeySpec(key, hmac));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0F;
			int binary = ((hash[offset] & 0x7F) << 24) | ((hash[offset + 1] & 0xFF) << 16)
					| ((hash[offset + 2] & 0xFF) << 8) | (hash[offset + 3] & 0xFF);
			return String.format("%0" + digits + "d", binary % (int) Math.pow(10, digits));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The 6-digit code of a base32 secret at a step. */
	public static String code(String secret, long step) {
		return code(unbase32(secret), step, "HmacSHA1", DIGITS);
	}

	/**
	 * The step, within {@value #DRIFT_STEPS} of now, whose code this is, and later than {@code lastUsed} (a code
	 * already used is refused even inside its 30 seconds); empty when none.
	 */
	public static OptionalLong match(String secret, String code, Instant now, long lastUsed) {
		String digits = code == null ? "" : code.replaceAll("[\\s-]", "");
		if (!digits.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long current = step(now);
		for (long s = current - DRIFT_STEPS; s <= current + DRIFT_STEPS; s++) {
			if (s > lastUsed && java.security.MessageDigest.isEqual(code(secret, s).getBytes(), digits.getBytes())) {
				return OptionalLong.of(s);
			}
		}
		return OptionalLong.empty();
	}

	/** The {@code otpauth://} link of the QR code an authenticator app scans. */
	public static String uri(String issuer, String account, String secret) {
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

	static String base32(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xFF);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32.charAt((buffer >> (bits - 5)) & 0x1F));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32.charAt((buffer << (5 - bits)) & 0x1F));
		}
		return out.toString();
	}

	static byte[] unbase32(String text) {
		String clean = text.replaceAll("[\\s=-]", "").toUpperCase(java.util.Locale.ROOT);
		ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
		int buffer = 0;
		int bits = 0;
		for (char c : clean.toCharArray()) {
			int value = BASE32.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("Not base32");
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out.put((byte) (buffer >> (bits - 8)));
				bits -= 8;
			}
		}
		return java.util.Arrays.copyOf(out.array(), out.position());
	}
}
