package ps.rasd.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.springframework.core.io.Resource;

import ps.rasd.shared.spi.BucketObjects;
import ps.rasd.shared.spi.MadeFiles;

/**
 * Where kept bytes live, by their SHA-256: the data folder ({@link LocalFileStore}, the default) or a bucket of
 * S3-compatible storage ({@link S3FileStore}, {@code RASD_S3_BUCKET}). Neither encrypts: what must be sealed (originals)
 * is sealed by {@link Sealer} before it reaches the store, so it is sealed in either. The same store keeps the files
 * the application makes ({@link MadeFiles}: exports, reports) by folder and name.
 */
public interface FileStore extends MadeFiles, BucketObjects {

	/** Keeps the bytes under their hash (writing the same bytes twice keeps one copy). */
	void put(String sha256, byte[] bytes);

	/** The bytes kept under this hash. */
	InputStream get(String sha256);

	/**
	 * Keeps a file already written to disk under its hash, moving it into place (large media files never pass
	 * through memory); the source is gone afterwards.
	 */
	void putFile(String sha256, Path source);

	/** The kept file as a resource that can be read again and in parts (HTTP range requests), without loading it. */
	Resource resource(String sha256);

	/**
	 * Writes a little and deletes it again (or asks the bucket), for the health check.
	 * @throws IOException or a runtime exception when the store cannot be used
	 */
	void probe() throws IOException;

	/** A folder for files being received, on the same disk as the store (so keeping them is a move). */
	Path incoming();

	/** @throws IllegalArgumentException when the name is not a SHA-256 in lower-case hex (no path can be smuggled in) */
	static void checkHash(String sha256) {
		if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a hash");
		}
	}
}
