package ps.rasd.shared.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The objects of the bucket of S3-compatible storage that keeps the files ({@code RASD_S3_BUCKET}), for the backup:
 * listed and read into the archive, written back by a restore. Without a bucket the files are in the data folder,
 * which the backup copies as files; a restore there writes a bucket's objects into the data folder as the folder keeps
 * them.
 */
public interface BucketObjects {

	/** Whether the files are kept in a bucket. */
	boolean inBucket();

	/** The key of every object of the bucket, in order; none without a bucket. */
	List<String> keys();

	/** The bytes of an object. */
	InputStream open(String key) throws IOException;

	/**
	 * Keeps a file of this node (a restore) as the object of this key ({@code evidence/<sha256>} or
	 * {@code <folder>/<name>}); the file is gone afterwards.
	 * @throws IllegalArgumentException for a key of another form
	 */
	void restore(String key, Path file);

	/** @throws IllegalArgumentException when the key is not {@code <folder>/<name>} of the allowed letters */
	static String[] split(String key) {
		int slash = key == null ? -1 : key.indexOf('/');
		if (slash < 0) {
			throw new IllegalArgumentException("not an object key");
		}
		String folder = key.substring(0, slash);
		String name = key.substring(slash + 1);
		MadeFiles.checkName(folder);
		MadeFiles.checkName(name);
		return new String[] { folder, name };
	}
}
