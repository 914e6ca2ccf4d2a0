package ps.rasd.evidence.internal;

import java.io.InputStream;
import java.nio.file.Path;

import org.springframework.core.io.Resource;

/** Where kept bytes live, by their SHA-256: the data folder now, S3-compatible storage later. */
public interface FileStore {

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

	/** A folder for files being received, on the same disk as the store (so keeping them is a move). */
	Path incoming();
}
