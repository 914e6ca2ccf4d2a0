package ps.rasd.freedoms.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import ps.rasd.freedoms.FreedomsProperties;
import ps.rasd.freedoms.SealedIdentity;
import ps.rasd.shared.RasdProperties;
import ps.rasd.shared.SecretKeys;

/**
 * Encrypts victims' and sources' identities with AES-256-GCM before they reach the database (a fresh 96-bit nonce per
 * value, written before the ciphertext; base64 in the column). The key comes from {@code rasd.freedoms.sealing-key}
 * or is made once in {@code $RASD_DATA_DIR/keys/freedoms-sealing.key} by {@link SecretKeys}, as evidence's is.
 */
@Component
public class IdentitySealer {

	private static final int NONCE = 12;

	private static final char SEPARATOR = '\u001F';

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	IdentitySealer(FreedomsProperties properties, RasdProperties rasd) {
		this.key = new SecretKeySpec(SecretKeys.load(properties.sealingKey(),
				rasd.dataDir().resolve("keys").resolve("freedoms-sealing.key"), 32, "freedoms sealing key"), "AES");
	}

	/** The sealed text, or {@code null} when nothing is known. */
	public String seal(SealedIdentity identity) {
		if (identity == null || identity.isEmpty()) {
			return null;
		}
		String plain = String.join(String.valueOf(SEPARATOR), part(identity.name()), part(identity.idNumber()),
				part(identity.phone()), part(identity.address()));
		try {
			byte[] nonce = new byte[NONCE];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] out = Arrays.copyOf(nonce, NONCE + sealed.length);
			System.arraycopy(sealed, 0, out, NONCE, sealed.length);
			return Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot seal an identity", ex);
		}
	}

	/** The identity, {@link SealedIdentity#NONE} for {@code null}. */
	public SealedIdentity open(String sealed) {
		if (sealed == null) {
			return SealedIdentity.NONE;
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(sealed);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, NONCE));
			String plain = new String(cipher.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.UTF_8);
			String[] parts = plain.split(String.valueOf(SEPARATOR), -1);
			return new SealedIdentity(parts[0], parts[1], parts[2], parts[3]);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			// never the value itself in the message
			throw new IllegalStateException("A sealed identity does not open: wrong key or altered value");
		}
	}

	private static String part(String s) {
		return s == null ? "" : s.replace(SEPARATOR, ' ');
	}
}
