package ps.rasd.platform.backup;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.beans.factory.ObjectProvider;

import ps.rasd.shared.spi.BucketObjects;

/**
 * The files part of a backup: the data folder's files ({@code files/<path>}) or, with a bucket, its objects
 * ({@code bucket/<key>}), each copied into the archive with its SHA-256, and written back on restore — never outside
 * the data folder, never an object whose key the file store would not make.
 */
final class BackupFiles {

	static final List<String> FOLDERS = List.of("evidence", "keys", "reports");

	private final Path dataDir;

	private final ObjectProvider<BucketObjects> bucket;

	BackupFiles(Path dataDir, ObjectProvider<BucketObjects> bucket) {
		this.dataDir = dataDir;
		this.bucket = bucket;
	}

	/** A stream that writes into the archive's current entry, hashing what passes, and leaves the archive open. */
	static DigestOutputStream digesting(ZipOutputStream zip) {
		return new DigestOutputStream(new NoClose(zip), sha256());
	}

	void copyFolder(String folder, ZipOutputStream zip, Map<String, String> hashes) throws IOException {
		Path root = dataDir.resolve(folder);
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				String name = "files/" + dataDir.relativize(file).toString().replace('\\', '/');
				zip.putNextEntry(new ZipEntry(name));
				DigestOutputStream out = digesting(zip);
				Files.copy(file, out);
				hashes.put(name, hex(out.getMessageDigest()));
				zip.closeEntry();
			}
		}
	}

	void copyBucket(ZipOutputStream zip, Map<String, String> hashes) throws IOException {
		BucketObjects objects = bucket.getIfAvailable();
		if (objects == null || !objects.inBucket()) {
			return;
		}
		for (String key : objects.keys()) {
			if (!restorable(key)) {
				continue;
			}
			String name = Backups.BUCKET + key;
			zip.putNextEntry(new ZipEntry(name));
			DigestOutputStream out = digesting(zip);
			try (InputStream in = objects.open(key)) {
				in.transferTo(out);
			}
			hashes.put(name, hex(out.getMessageDigest()));
			zip.closeEntry();
		}
	}

	private static boolean restorable(String key) {
		try {
			BucketObjects.split(key);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/** An object of the bucket back into this installation's bucket, or its data folder when it has none. */
	void restoreObject(String key, InputStream content) throws IOException {
		BucketObjects objects = bucket.getIfAvailable();
		if (objects == null || !restorable(key)) {
			throw new IllegalStateException("Refused archive entry " + Backups.BUCKET + key);
		}
		Path folder = Files.createDirectories(dataDir.resolve("restoring"));
		Path file = Files.createTempFile(folder, "object", ".part");
		try {
			Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
			objects.restore(key, file);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	void restoreFile(String name, InputStream content) throws IOException {
		Path target = dataDir.resolve(name.substring("files/".length())).normalize();
		if (!name.startsWith("files/") || !target.startsWith(dataDir.normalize())) {
			throw new IllegalStateException("Refused archive entry " + name);
		}
		Files.createDirectories(target.getParent());
		Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	/** Lets a digest stream write into the archive without closing it. */
	private static final class NoClose extends FilterOutputStream {

		NoClose(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() {
			// the archive stays open
		}
	}
}
