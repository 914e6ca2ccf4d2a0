package ps.rasd.evidence.internal;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ps.rasd.shared.RasdProperties;

/**
 * Encrypts sealed originals with AES-256-GCM (a fresh 96-bit nonce per file, written before the ciphertext; the tag
 * proves the file was not altered). The key comes from {@code RASD_EVIDENCE_SEALING_KEY} (base64 of 32 bytes); without
 * it a key is made once in {@code $RASD_DATA_DIR/keys/evidence-sealing.key}, readable by the owner only.
 */
@Component
public class Sealer {

	private static final int NONCE = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String configured;

	private final Path keyFile;

	private volatile SecretKeySpec key;

	Sealer(@Value("${rasd.evidence.sealing-key:}") String configured, RasdProperties properties) {
		this.configured = configured;
		this.keyFile = properties.dataDir().resolve("keys").resolve("evidence-sealing.key");
	}

	public byte[] seal(byte[] plain) {
		try {
			byte[] nonce = new byte[NONCE];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain);
			byte[] out = Arrays.copyOf(nonce, NONCE + sealed.length);
			System.arraycopy(sealed, 0, out, NONCE, sealed.length);
			return out;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot seal", ex);
		}
	}

	public byte[] open(byte[] sealed) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, sealed, 0, NONCE));
			return cipher.doFinal(sealed, NONCE, sealed.length - NONCE);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A sealed original does not open: wrong key or altered file", ex);
		}
	}

	private SecretKeySpec key() {
		SecretKeySpec known = key;
		if (known == null) {
			synchronized (this) {
				if (key == null) {
					key = new SecretKeySpec(ps.rasd.shared.SecretKeys.load(configured, keyFile, 32, "sealing key"),
							"AES");
				}
				known = key;
			}
		}
		return known;
	}
}
