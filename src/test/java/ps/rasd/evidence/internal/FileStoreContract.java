package ps.rasd.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;

/** What every {@link FileStore} does, run on each store by its subclass. */
abstract class FileStoreContract {

	/** The store under test, empty or not; each test uses bytes of its own. */
	abstract FileStore store();

	@Test
	void aMadeFileIsKeptFoundReadAndDeleted() throws Exception {
		byte[] bytes = random(90_000);
		String name = "export-" + System.nanoTime() + ".csv";
		Path file = Files.write(store().workFolder("exports").resolve(name), bytes);
		store().keep("exports", file);
		Resource kept = store().find("exports", name).orElseThrow();
		assertThat(kept.contentLength()).isEqualTo(bytes.length);
		try (InputStream in = kept.getInputStream()) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
		assertThat(store().find("reports", name)).as("another folder").isEmpty();
		store().delete("exports", name);
		assertThat(store().find("exports", name)).isEmpty();
		store().delete("exports", name);
	}

	@Test
	void theFilesOfAFolderAreListedAndReadAsFilesOfTheNode() throws Exception {
		String folder = "list-" + System.nanoTime();
		for (String name : new String[] { "b.properties", "a" }) {
			store().keep(folder, Files.writeString(store().workFolder(folder).resolve(name), "ملف " + name));
		}
		assertThat(store().names(folder)).containsExactly("a", "b.properties");
		String read = store().read(folder, "a", file -> Files.readString(file)).orElseThrow();
		assertThat(read).isEqualTo("ملف a");
		assertThat(store().read(folder, "c", file -> Files.readString(file))).isEmpty();
		assertThat(store().names("never-" + System.nanoTime())).isEmpty();
	}

	@Test
	void anObjectOfABackupIsRestoredWhereTheStoreKeepsIt() throws Exception {
		byte[] bytes = random(30_000);
		String hash = sha256(bytes);
		store().restore("evidence/" + hash, Files.write(Files.createTempFile(store().incoming(), "r", ".part"), bytes));
		try (InputStream in = store().get(hash)) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
		String name = "report-" + System.nanoTime() + ".pdf";
		store().restore("reports/" + name, Files.write(Files.createTempFile(store().incoming(), "r", ".part"), bytes));
		assertThat(store().find("reports", name)).isPresent();
		assertThatThrownBy(() -> store().restore("../keys/x", Files.createTempFile(store().incoming(), "r", ".part")))
			.isInstanceOf(IllegalArgumentException.class);
		if (store().inBucket()) {
			assertThat(store().keys()).contains("evidence/" + hash, "reports/" + name);
		}
	}

	@Test
	void aMadeFileNameCannotLeaveItsFolder() {
		for (String name : new String[] { "../keys/evidence-sealing.key", "..", "a/b", "", ".hidden" }) {
			assertThatThrownBy(() -> store().find("exports", name)).as(name)
				.isInstanceOf(IllegalArgumentException.class);
		}
		assertThatThrownBy(() -> store().workFolder("../keys")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void keptBytesAreReadBackByTheirHash() throws Exception {
		byte[] bytes = random(70_000);
		String hash = sha256(bytes);
		store().put(hash, bytes);
		try (InputStream in = store().get(hash)) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
	}

	@Test
	void keepingTheSameBytesTwiceKeepsThem() throws Exception {
		byte[] bytes = "مرتين".getBytes(StandardCharsets.UTF_8);
		String hash = sha256(bytes);
		store().put(hash, bytes);
		store().put(hash, bytes);
		try (InputStream in = store().get(hash)) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
	}

	@Test
	void aFileOnDiskIsKeptAndItsSourceIsGone() throws Exception {
		byte[] bytes = random(300_000);
		String hash = sha256(bytes);
		Path source = Files.createTempFile(store().incoming(), "media", ".part");
		Files.write(source, bytes);
		store().putFile(hash, source);
		assertThat(source).doesNotExist();
		try (InputStream in = store().get(hash)) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
		Path again = Files.createTempFile(store().incoming(), "media", ".part");
		Files.write(again, bytes);
		store().putFile(hash, again);
		assertThat(again).doesNotExist();
	}

	@Test
	void aKeptFileIsAResourceThatCanBeReadTwiceAndKnowsItsLength() throws Exception {
		byte[] bytes = random(12_345);
		String hash = sha256(bytes);
		store().put(hash, bytes);
		Resource resource = store().resource(hash);
		assertThat(resource.exists()).isTrue();
		assertThat(resource.contentLength()).isEqualTo(bytes.length);
		assertThat(resource.lastModified()).isPositive();
		for (int read = 0; read < 2; read++) {
			try (InputStream in = resource.getInputStream()) {
				assertThat(in.readAllBytes()).isEqualTo(bytes);
			}
		}
	}

	@Test
	void aFileNeverKeptIsNotFound() {
		String hash = sha256(random(10));
		assertThat(store().resource(hash).exists()).isFalse();
		assertThatThrownBy(() -> store().get(hash).close()).isInstanceOf(UncheckedIOException.class);
	}

	@Test
	void aNameThatIsNotAHashIsRefused() {
		assertThatThrownBy(() -> store().put("../../etc/passwd", new byte[] { 1 }))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> store().get("ABC")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> store().resource("")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aUsableStorePassesTheHealthProbe() throws Exception {
		store().probe();
	}

	static byte[] random(int size) {
		byte[] bytes = new byte[size];
		new Random().nextBytes(bytes);
		return bytes;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
