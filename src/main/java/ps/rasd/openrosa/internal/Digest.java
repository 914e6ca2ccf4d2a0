package ps.rasd.openrosa.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP Digest access authentication (RFC 7616) as ODK Collect and KoboCollect speak it: {@code qop=auth}, with MD5
 * or SHA-256. The server keeps HA1 = H(username:realm:password) for both algorithms, never the password.
 */
public final class Digest {

	/** The protection space: part of every HA1, so it never changes. */
	public static final String REALM = "rasd";

	private static final Pattern PARAMETER = Pattern
		.compile("([A-Za-z0-9_*-]+)\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^,\\s]*))");

	private Digest() {
	}

	/** The two algorithms offered, the stronger first. */
	public enum Algorithm {

		SHA_256("SHA-256", "SHA-256"), MD5("MD5", "MD5");

		private final String name;

		private final String jca;

		Algorithm(String name, String jca) {
			this.name = name;
			this.jca = jca;
		}

		/** As the header writes it. */
		public String headerName() {
			return name;
		}

		/** The hex digest of the text (UTF-8). */
		public String hash(String text) {
			try {
				return HexFormat.of().formatHex(MessageDigest.getInstance(jca)
					.digest(text.getBytes(StandardCharsets.UTF_8)));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** The algorithm a header names; RFC 7616 says a missing one is MD5. */
		static Optional<Algorithm> named(String name) {
			if (name == null) {
				return Optional.of(MD5);
			}
			for (Algorithm a : values()) {
				if (a.name.equalsIgnoreCase(name)) {
					return Optional.of(a);
				}
			}
			return Optional.empty();
		}
	}

	/**
	 * What an {@code Authorization: Digest …} header says.
	 *
	 * @param username the device's user name
	 * @param nonce the server's nonce it answers
	 * @param uri the request target it signed
	 * @param nc the nonce count (hex)
	 * @param cnonce the client's nonce
	 * @param response the client's proof
	 * @param algorithm MD5 or SHA-256
	 */
	public record Credentials(String username, String nonce, String uri, String nc, String cnonce, String response,
			Algorithm algorithm) {

		/**
		 * Reads the header, when it is a Digest answer with {@code qop=auth} and every field needed.
		 */
		public static Optional<Credentials> parse(String header) {
			if (header == null || header.length() > 4096 || !header.regionMatches(true, 0, "Digest ", 0, 7)) {
				return Optional.empty();
			}
			Map<String, String> fields = new LinkedHashMap<>();
			Matcher m = PARAMETER.matcher(header.substring(7));
			while (m.find()) {
				String value = m.group(2) != null ? m.group(2).replaceAll("\\\\(.)", "$1") : m.group(3);
				fields.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), value);
			}
			Optional<Algorithm> algorithm = Algorithm.named(fields.get("algorithm"));
			if (algorithm.isEmpty() || !"auth".equals(fields.get("qop")) || !REALM.equals(fields.get("realm"))) {
				return Optional.empty();
			}
			Credentials c = new Credentials(fields.get("username"), fields.get("nonce"), fields.get("uri"),
					fields.get("nc"), fields.get("cnonce"), fields.get("response"), algorithm.get());
			boolean complete = c.username() != null && c.nonce() != null && c.uri() != null && c.nc() != null
					&& c.cnonce() != null && c.response() != null;
			return complete ? Optional.of(c) : Optional.empty();
		}

		/** Whether the proof matches this HA1 for this request method (compared in constant time). */
		public boolean provenBy(String ha1, String method) {
			String ha2 = algorithm.hash(method + ":" + uri);
			String expected = algorithm.hash(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
			return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
					response.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
		}
	}

	/** HA1 of a user name and password. */
	public static String ha1(Algorithm algorithm, String username, String password) {
		return algorithm.hash(username + ":" + REALM + ":" + password);
	}
}
