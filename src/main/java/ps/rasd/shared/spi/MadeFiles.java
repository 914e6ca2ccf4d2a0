package ps.rasd.shared.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.Resource;

/**
 * The files the application makes for people to download (exports, reports), kept where the evidence files are: the
 * data folder ({@code $RASD_DATA_DIR/<folder>/<name>}), or the bucket of S3-compatible storage named by
 * {@code RASD_S3_BUCKET} (object {@code <folder>/<name>}), so that a file made on one node downloads from any. A file
 * is written in {@link #workFolder} (this node's disk), then {@linkplain #keep kept} whole. Folders and names are
 * letters, digits, dots, dashes and underscores. Files people upload to be read in several steps (poll and people
 * imports) are kept the same way, so that the next step may reach another node.
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

	/** The names of the files kept in this folder. */
	List<String> names(String folder);

	/** Reads a file of this node's disk. */
	@FunctionalInterface
	interface FileReader<T> {

		T read(Path file) throws IOException;
	}

	/**
	 * Reads the kept file as a file of this node's disk: the kept file itself in the data folder, a copy in the work
	 * folder (deleted afterwards) when it is in a bucket; empty when there is none.
	 */
	default <T> Optional<T> read(String folder, String name, FileReader<T> reader) throws IOException {
		Optional<Resource> found = find(folder, name);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		if (found.get().isFile()) {
			return Optional.ofNullable(reader.read(found.get().getFile().toPath()));
		}
		Path copy = Files.createTempFile(workFolder(folder), "reading-", ".part");
		try {
			try (InputStream in = found.get().getInputStream()) {
				Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
			}
			return Optional.ofNullable(reader.read(copy));
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	/** @throws IllegalArgumentException when a folder or name could reach outside its folder */
	static void checkName(String value) {
		if (value == null || !value.matches("[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}")) {
			throw new IllegalArgumentException("not a file name");
		}
	}
}
