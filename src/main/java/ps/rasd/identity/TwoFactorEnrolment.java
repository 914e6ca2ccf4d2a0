package ps.rasd.identity;

/**
 * A secret offered for enrolment, not yet stored: shown as a QR code of {@code uri} and as text, kept in the
 * person's session until they confirm it with a code.
 *
 * @param secret base32, as typed into an authenticator app by hand
 * @param uri the {@code otpauth://totp/…} link the QR code holds
 */
public record TwoFactorEnrolment(String secret, String uri) {

	/** The secret in groups of four, easier to copy. */
	public String grouped() {
		return secret.replaceAll("(.{4})(?!$)", "$1 ");
	}
}
