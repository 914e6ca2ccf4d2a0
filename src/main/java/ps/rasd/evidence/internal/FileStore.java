package ps.rasd.evidence.internal;

import java.io.InputStream;

/** Where kept bytes live, by their SHA-256: the data folder now, S3-compatible storage later. */
public interface FileStore {

	/** Keeps the bytes under their hash (writing the same bytes twice keeps one copy). */
	void put(String sha256, byte[] bytes);

	/** The bytes kept under this hash. */
	InputStream get(String sha256);
}
