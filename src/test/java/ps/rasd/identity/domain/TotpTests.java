package ps.rasd.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TotpTests {

	private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA512_KEY = "1234567890123456789012345678901234567890123456789012345678901234"
		.getBytes(StandardCharsets.US_ASCII);

	/** RFC 6238, Appendix B: time, then the 8-digit codes for SHA1, SHA256, SHA512. */
	private static final Object[][] VECTORS = { { 59L, "94287082", "46119246", "90693936" },
			{ 1111111109L, "07081804", "68084774", "25091201" }, { 1111111111L, "14050471", "67062674", "99943326" },
			{ 1234567890L, "89005924", "91819424", "93441116" }, { 2000000000L, "69279037", "90698825", "38618901" },
			{ 20000000000L, "65353130", "77737706", "47863826" } };

	@Test
	void makesTheCodesOfRfc6238AppendixB() {
		for (Object[] v : VECTORS) {
			long step = Totp.step(Instant.ofEpochSecond((Long) v[0]));
			assertThat(Totp.code(SHA1_KEY, step, "HmacSHA1", 8)).as("SHA1 at " + v[0]).isEqualTo(v[1]);
			assertThat(Totp.code(SHA256_KEY, step, "HmacSHA256", 8)).as("SHA256 at " + v[0]).isEqualTo(v[2]);
			assertThat(Totp.code(SHA512_KEY, step, "HmacSHA512", 8)).as("SHA512 at " + v[0]).isEqualTo(v[3]);
		}
	}

	@Test
	void sixDigitCodesOfABase32SecretAreTheLastSixOfTheRfcCodes() {
		String secret = Totp.base32(SHA1_KEY);
		assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.unbase32(secret)).isEqualTo(SHA1_KEY);
		assertThat(Totp.newSecret()).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.newSecret());
	}

	@Test
	void acceptsTheCodeOfNowOrOneStepEitherSideOnceAndNothingElse() {
		String secret = Totp.newSecret();
		Instant now = Instant.parse("2026-12-07T10:00:10Z");
		long step = Totp.step(now);
		assertThat(Totp.match(secret, Totp.code(secret, step), now, Long.MIN_VALUE)).hasValue(step);
		assertThat(Totp.match(secret, Totp.code(secret, step - 1), now, Long.MIN_VALUE)).hasValue(step - 1);
		assertThat(Totp.match(secret, Totp.code(secret, step + 1), now, Long.MIN_VALUE)).hasValue(step + 1);
		assertThat(Totp.match(secret, Totp.code(secret, step - 2), now, Long.MIN_VALUE)).isEmpty();
		assertThat(Totp.match(secret, Totp.code(secret, step), now, step)).as("already used").isEmpty();
		assertThat(Totp.match(secret, Totp.code(secret, step - 1), now, step)).as("older than the last").isEmpty();
		assertThat(Totp.match(secret, "12345", now, Long.MIN_VALUE)).isEmpty();
		assertThat(Totp.match(secret, null, now, Long.MIN_VALUE)).isEmpty();
		String spaced = Totp.code(secret, step).replaceAll("(...)(...)", "$1 $2");
		assertThat(Totp.match(secret, spaced, now, Long.MIN_VALUE)).hasValue(step);
	}

	@Test
	void theQrLinkNamesTheIssuerAndTheAccount() {
		assertThat(Totp.uri("Rasd", "rami k", "ABC")).isEqualTo(
				"otpauth://totp/Rasd:rami%20k?secret=ABC&issuer=Rasd&algorithm=SHA1&digits=6&period=30");
	}
}
