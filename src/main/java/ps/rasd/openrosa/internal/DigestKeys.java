package ps.rasd.openrosa.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import ps.rasd.shared.RasdProperties;
import ps.rasd.shared.SecretKeys;

/**
 * The key of the devices' Digest sign-in ({@code rasd.openrosa.digest-key}, or the key file
 * {@code keys/openrosa-digest.key} in the data folder, made once like the other keys of {@link SecretKeys}). It
 * encrypts each device's HA1 at rest with AES-256-GCM (the device id authenticated with it, so a sealed HA1 copied to
 * another device does not open), and signs the nonces: a nonce is its expiry and an HMAC of it, so any node of the
 * site can check one without keeping it.
 */
@Component
public class DigestKeys {

	private static final int IV_BYTES = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec sealing;

	private final SecretKeySpec signing;

	private final Clock clock;

	private final long lifetimeMillis;

	DigestKeys(RasdProperties properties, Clock clock, @Value("${rasd.openrosa.digest-key:}") String configured,
			@Value("${rasd.openrosa.nonce-lifetime:PT5M}") java.time.Duration lifetime) {
		byte[] key = SecretKeys.load(configured, properties.dataDir().resolve("keys/openrosa-digest.key"), 32,
				"OpenRosa digest key");
		this.sealing = new SecretKeySpec(key, "AES");
		this.signing = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "nonce"), "HmacSHA256");
		this.clock = clock;
		this.lifetimeMillis = lifetime.toMillis();
	}

	/** The HA1, encrypted for the device: base64 of the nonce and the ciphertext with its tag. */
	public String seal(long deviceId, String ha1) {
		byte[] iv = new byte[IV_BYTES];
		RANDOM.nextBytes(iv);
		byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, deviceId, ha1.getBytes(StandardCharsets.US_ASCII));
		return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed)
			.array());
	}

	/** @throws IllegalStateException when the key is not the one it was sealed with, or the text was altered */
	public String open(long deviceId, String sealed) {
		byte[] all = Base64.getDecoder().decode(sealed);
		return new String(run(Cipher.DECRYPT_MODE, Arrays.copyOf(all, IV_BYTES), deviceId,
				Arrays.copyOfRange(all, IV_BYTES, all.length)), StandardCharsets.US_ASCII);
	}

	/** A fresh nonce, good for the nonce lifetime. */
	public String nonce() {
		String expiry = Long.toString(clock.millis() + lifetimeMillis);
		return Base64.getUrlEncoder().withoutPadding().encodeToString((expiry + ":" + HexFormat.of()
			.formatHex(hmac(signing, expiry))).getBytes(StandardCharsets.US_ASCII));
	}

	/** What a nonce a client sent back is worth. */
	public NonceState check(String nonce) {
		String text;
		try {
			text = new String(Base64.getUrlDecoder().decode(nonce), StandardCharsets.US_ASCII);
		}
		catch (IllegalArgumentException ex) {
			return NonceState.FORGED;
		}
		int colon = text.indexOf(':');
		if (colon < 1 || !text.substring(0, colon).matches("\\d{1,19}")) {
			return NonceState.FORGED;
		}
		String expiry = text.substring(0, colon);
		byte[] signature = HexFormat.of().formatHex(hmac(signing, expiry)).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(signature, text.substring(colon + 1).getBytes(StandardCharsets.US_ASCII))) {
			return NonceState.FORGED;
		}
		return Long.parseLong(expiry) < clock.millis() ? NonceState.STALE : NonceState.GOOD;
	}

	/** A nonce made here and still good, made here but expired, or not made here. */
	public enum NonceState {
		GOOD, STALE, FORGED
	}

	private byte[] run(int mode, byte[] iv, long deviceId, byte[] input) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, sealing, new GCMParameterSpec(128, iv));
			cipher.updateAAD(ByteBuffer.allocate(8).putLong(deviceId).array());
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A device's digest secret cannot be opened with this key", ex);
		}
	}

	private static byte[] hmac(SecretKeySpec key, String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(text.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
