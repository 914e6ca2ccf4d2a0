package ps.rasd.cases.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import ps.rasd.cases.CasesProperties;
import ps.rasd.shared.RasdProperties;

/**
 * Signs and checks the tokens of authorities' reply links: {@code <link id>.<expiry epoch seconds>.<HMAC-SHA256>}.
 * The key comes from {@code RASD_CASES_LINK_KEY} (base64); without it one is made once in
 * {@code $RASD_DATA_DIR/keys/reply-links.key}, readable by the owner only. Also makes the random tokens of reporters'
 * tracking links, which are stored hashed.
 */
@Component
public class LinkSigner {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String configured;

	private final Path keyFile;

	private volatile SecretKeySpec key;

	LinkSigner(CasesProperties properties, RasdProperties rasd) {
		this.configured = properties.linkKey();
		this.keyFile = rasd.dataDir().resolve("keys").resolve("reply-links.key");
	}

	/** The token of a reply link. */
	public String sign(long linkId, long expiresEpochSecond) {
		String payload = linkId + "." + expiresEpochSecond;
		return payload + "." + mac(payload);
	}

	/** The link id and expiry of a token whose signature holds, or empty for a malformed or tampered token. */
	public Optional<long[]> verify(String token) {
		if (token == null || token.length() > 200) {
			return Optional.empty();
		}
		String[] parts = token.split("\\.");
		if (parts.length != 3) {
			return Optional.empty();
		}
		String payload = parts[0] + "." + parts[1];
		if (!MessageDigest.isEqual(mac(payload).getBytes(StandardCharsets.US_ASCII),
				parts[2].getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		try {
			return Optional.of(new long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]) });
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** The letters of short codes: digits and capitals without the ones read alike (0/O, 1/I/L). */
	private static final String SHORT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	/**
	 * The short code of a reply link, to type from paper: the link id and 8 letters of its signature
	 * (about 39 bits), e.g. {@code 4K-7QXM2HBT}. Read in any case.
	 */
	public String shortCode(long linkId) {
		return encode(linkId) + "-" + shortMac(linkId);
	}

	/** The link id of a short code whose signature holds, or empty. */
	public Optional<Long> verifyShortCode(String code) {
		if (code == null || code.length() > 40) {
			return Optional.empty();
		}
		String[] parts = code.strip().toUpperCase(java.util.Locale.ROOT).split("-");
		if (parts.length != 2 || parts[0].isEmpty()) {
			return Optional.empty();
		}
		long id = 0;
		for (char c : parts[0].toCharArray()) {
			int digit = SHORT_ALPHABET.indexOf(c);
			if (digit < 0 || id > Long.MAX_VALUE / SHORT_ALPHABET.length()) {
				return Optional.empty();
			}
			id = id * SHORT_ALPHABET.length() + digit;
		}
		boolean holds = MessageDigest.isEqual(shortMac(id).getBytes(StandardCharsets.US_ASCII),
				parts[1].getBytes(StandardCharsets.US_ASCII));
		return holds ? Optional.of(id) : Optional.empty();
	}

	private static String encode(long value) {
		StringBuilder out = new StringBuilder();
		long v = value;
		do {
			out.append(SHORT_ALPHABET.charAt((int) (v % SHORT_ALPHABET.length())));
			v /= SHORT_ALPHABET.length();
		}
		while (v > 0);
		return out.reverse().toString();
	}

	private String shortMac(long linkId) {
		byte[] bytes = Base64.getUrlDecoder().decode(mac("short." + linkId));
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			out.append(SHORT_ALPHABET.charAt((bytes[i] & 0xff) % SHORT_ALPHABET.length()));
		}
		return out.toString();
	}

	/** A fresh random token for a tracking link. */
	public static String randomToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The stored form of a tracking token (SHA-256, hex). */
	public static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String mac(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key());
			return Base64.getUrlEncoder().withoutPadding()
				.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private SecretKeySpec key() {
		SecretKeySpec known = key;
		if (known == null) {
			synchronized (this) {
				if (key == null) {
					key = new SecretKeySpec(ps.rasd.shared.SecretKeys.load(configured, keyFile, 32, "reply-link key"),
							"HmacSHA256");
				}
				known = key;
			}
		}
		return known;
	}
}
