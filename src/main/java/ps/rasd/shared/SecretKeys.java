package ps.rasd.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The bytes of a secret key: from configuration (base64) when given, otherwise from a key file that is made once
 * with random bytes, readable by its owner only, and kept with the data (and in backups).
 */
public final class SecretKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecretKeys() {
	}

	/**
	 * @param configured base64 of the key, or blank to use the file
	 * @param file where the key is kept when not configured
	 * @param length the number of random bytes of a new key
	 * @param what the key's use, for the message when the file cannot be read or made
	 */
	public static synchronized byte[] load(String configured, Path file, int length, String what) {
		if (configured != null && !configured.isBlank()) {
			return Base64.getDecoder().decode(configured.strip());
		}
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).strip());
			}
			Files.createDirectories(file.getParent());
			byte[] fresh = new byte[length];
			RANDOM.nextBytes(fresh);
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
			return fresh;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or make the " + what, ex);
		}
	}
}
