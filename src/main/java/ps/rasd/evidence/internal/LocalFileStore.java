package ps.rasd.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

import ps.rasd.shared.RasdProperties;
import ps.rasd.shared.spi.BucketObjects;
import ps.rasd.shared.spi.MadeFiles;

/**
 * Files under {@code $RASD_DATA_DIR/evidence/ab/cd/<sha256>}; written to a temporary name and moved into place, so
 * a crash never leaves half a file under a real name. Made files (exports, reports) under
 * {@code $RASD_DATA_DIR/<folder>/<name>}, as before there was a bucket.
 */
class LocalFileStore implements FileStore {

	private final Path dataDir;

	private final Path root;

	LocalFileStore(RasdProperties properties) {
		this.dataDir = properties.dataDir();
		this.root = properties.dataDir().resolve("evidence");
	}

	@Override
	public Path workFolder(String folder) {
		MadeFiles.checkName(folder);
		try {
			return Files.createDirectories(dataDir.resolve(folder));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make the folder " + folder, ex);
		}
	}

	/** The file stays where it was written (its folder is where it is kept), or is moved there. */
	@Override
	public void keep(String folder, Path file) {
		MadeFiles.checkName(file.getFileName().toString());
		Path target = workFolder(folder).resolve(file.getFileName().toString());
		try {
			if (!file.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
				Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep a file in " + folder, ex);
		}
	}

	@Override
	public Optional<Resource> find(String folder, String name) {
		MadeFiles.checkName(folder);
		MadeFiles.checkName(name);
		Path file = dataDir.resolve(folder).resolve(name);
		return Files.isRegularFile(file) ? Optional.of(new FileSystemResource(file)) : Optional.empty();
	}

	@Override
	public boolean inBucket() {
		return false;
	}

	@Override
	public List<String> keys() {
		return List.of();
	}

	@Override
	public InputStream open(String key) throws IOException {
		throw new IOException("No bucket: the files are in the data folder");
	}

	/** A bucket's object into the data folder: an evidence file under its hash, a made file in its folder. */
	@Override
	public void restore(String key, Path file) {
		String[] parts = BucketObjects.split(key);
		if ("evidence".equals(parts[0])) {
			putFile(parts[1], file);
			return;
		}
		try {
			Path named = file.resolveSibling(parts[1]);
			Files.move(file, named, StandardCopyOption.REPLACE_EXISTING);
			keep(parts[0], named);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot restore " + key, ex);
		}
	}

	@Override
	public List<String> names(String folder) {
		MadeFiles.checkName(folder);
		Path dir = dataDir.resolve(folder);
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the folder " + folder, ex);
		}
	}

	@Override
	public void delete(String folder, String name) {
		MadeFiles.checkName(folder);
		MadeFiles.checkName(name);
		try {
			Files.deleteIfExists(dataDir.resolve(folder).resolve(name));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete a file of " + folder, ex);
		}
	}

	@Override
	public void put(String sha256, byte[] bytes) {
		Path target = path(sha256);
		if (Files.exists(target)) {
			return;
		}
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), "upload", ".part");
			Files.write(temporary, bytes);
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep an evidence file", ex);
		}
	}

	@Override
	public InputStream get(String sha256) {
		try {
			return Files.newInputStream(path(sha256));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read an evidence file", ex);
		}
	}

	@Override
	public void putFile(String sha256, Path source) {
		Path target = path(sha256);
		try {
			if (Files.exists(target)) {
				Files.deleteIfExists(source);
				return;
			}
			Files.createDirectories(target.getParent());
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep an evidence file", ex);
		}
	}

	@Override
	public Resource resource(String sha256) {
		return new FileSystemResource(path(sha256));
	}

	@Override
	public void probe() throws IOException {
		Files.createDirectories(root);
		Path probe = Files.createTempFile(root, "health", ".probe");
		try {
			Files.write(probe, new byte[] { 1 });
		}
		finally {
			Files.deleteIfExists(probe);
		}
	}

	@Override
	public Path incoming() {
		Path folder = root.resolve("incoming");
		try {
			return Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make the folder of incoming files", ex);
		}
	}

	private Path path(String sha256) {
		FileStore.checkHash(sha256);
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}
}
