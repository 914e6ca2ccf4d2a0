package ps.rasd.identity.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ps.rasd.shared.RasdProperties;
import ps.rasd.shared.SecretKeys;

/**
 * Encrypts TOTP secrets at rest with AES-256-GCM under the two-factor key ({@code rasd.identity.two-factor-key}, or
 * the key file {@code keys/two-factor.key} in the data folder, made once like the other keys of {@link SecretKeys}).
 * The account id is authenticated with each secret, so a sealed secret copied to another account does not open.
 */
@Component
public class TwoFactorSealer {

	private static final int IV_BYTES = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	TwoFactorSealer(RasdProperties properties, @Value("${rasd.identity.two-factor-key:}") String configured) {
		this.key = new SecretKeySpec(SecretKeys.load(configured, properties.dataDir().resolve("keys/two-factor.key"),
				32, "two-factor key"), "AES");
	}

	/** The secret, encrypted for the account: base64 of the nonce and the ciphertext with its tag. */
	public String seal(long accountId, String secret) {
		byte[] iv = new byte[IV_BYTES];
		RANDOM.nextBytes(iv);
		byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, accountId, secret.getBytes(StandardCharsets.US_ASCII));
		return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed)
			.array());
	}

	/** @throws IllegalStateException when the key is not the one it was sealed with, or the text was altered */
	public String open(long accountId, String sealed) {
		byte[] all = Base64.getDecoder().decode(sealed);
		byte[] iv = java.util.Arrays.copyOf(all, IV_BYTES);
		byte[] body = java.util.Arrays.copyOfRange(all, IV_BYTES, all.length);
		return new String(run(Cipher.DECRYPT_MODE, iv, accountId, body), StandardCharsets.US_ASCII);
	}

	private byte[] run(int mode, byte[] iv, long accountId, byte[] input) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, key, new GCMParameterSpec(128, iv));
			cipher.updateAAD(ByteBuffer.allocate(8).putLong(accountId).array());
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A two-factor secret cannot be opened with this key", ex);
		}
	}
}
