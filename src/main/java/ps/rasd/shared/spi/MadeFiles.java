package ps.rasd.shared.spi;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * The files the application makes for people to download (exports, reports), kept where the evidence files are: the
 * data folder ({@code $RASD_DATA_DIR/<folder>/<name>}), or the bucket of S3-compatible storage named by
 * {@code RASD_S3_BUCKET} (object {@code <folder>/<name>}), so that a file made on one node downloads from any. A file
 * is written in {@link #workFolder} (this node's disk), then {@linkplain #keep kept} whole. Folders and names are
 * letters, digits, dots, dashes and underscores.
 */
public interface MadeFiles {

	/** This node's folder where such files are written before they are kept (made if needed). */
	Path workFolder(String folder);

	/**
	 * Keeps this finished file, written in {@link #workFolder}, under its own name; in a bucket it is sent whole and the
	 * node's copy deleted.
	 */
	void keep(String folder, Path file);

	/** The kept file, to be read (again); empty when there is none. */
	Optional<Resource> find(String folder, String name);

	/** Deletes the kept file, if there is one. */
	void delete(String folder, String name);

	/** @throws IllegalArgumentException when a folder or name could reach outside its folder */
	static void checkName(String value) {
		if (value == null || !value.matches("[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}")) {
			throw new IllegalArgumentException("not a file name");
		}
	}
}
