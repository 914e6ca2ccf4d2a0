package ps.rasd.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ps.rasd.shared.RasdProperties;
import ps.rasd.support.S3ProxyServer;

/**
 * Files in a bucket of a real S3-compatible server (S3Proxy, its own process), against the {@link FileStoreContract}
 * and what several nodes rely on: one node reads what another kept, and sealed originals stay sealed in the bucket.
 */
class S3FileStoreTests extends FileStoreContract {

	private static final String BUCKET = "rasd-files";

	private static S3ProxyServer server;

	private static S3FileStore store;

	@TempDir
	static Path dataDir;

	@BeforeAll
	static void startServer() throws Exception {
		server = S3ProxyServer.start();
		server.createBucket(BUCKET);
		store = node("node1");
	}

	@AfterAll
	static void stopServer() throws Exception {
		if (store != null) {
			store.destroy();
		}
		if (server != null) {
			server.close();
		}
	}

	@Override
	FileStore store() {
		return store;
	}

	@Test
	void aBucketNamedInTheSettingsIsWhereFilesAreKept() {
		FileStore chosen = new FileStoreConfig().fileStore(properties(BUCKET), rasd("node3"));
		FileStore local = new FileStoreConfig().fileStore(properties(""), rasd("node3"));
		assertThat(chosen).isInstanceOf(S3FileStore.class);
		assertThat(local).isInstanceOf(LocalFileStore.class);
	}

	@Test
	void aFileKeptByOneNodeIsReadByAnother() throws Exception {
		byte[] bytes = "شكوى من المياه".getBytes(StandardCharsets.UTF_8);
		String hash = sha256(bytes);
		store.put(hash, bytes);
		S3FileStore other = node("node2");
		try (InputStream in = other.get(hash)) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
		finally {
			other.destroy();
		}
	}

	@Test
	void anExportMadeOnOneNodeDownloadsFromAnother() throws Exception {
		byte[] bytes = "reference,title\nRSD-2026-000001,انقطاع المياه\n".getBytes(StandardCharsets.UTF_8);
		Path file = Files.write(store.workFolder("exports").resolve("export-7-a1b2c3d4.csv"), bytes);
		store.keep("exports", file);
		assertThat(file).as("node1's own copy is gone: the bucket keeps it").doesNotExist();
		S3FileStore other = node("node2");
		try (InputStream in = other.find("exports", "export-7-a1b2c3d4.csv").orElseThrow().getInputStream()) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
			other.delete("exports", "export-7-a1b2c3d4.csv");
			assertThat(store.find("exports", "export-7-a1b2c3d4.csv")).as("deleted by node2, gone for node1").isEmpty();
		}
		finally {
			other.destroy();
		}
	}

	@Test
	void aSealedOriginalIsKeptSealedInTheBucket() throws Exception {
		byte[] plain = "the untouched original, with its GPS position 31.9,35.2".getBytes(StandardCharsets.UTF_8);
		Sealer sealer = new Sealer(Base64.getEncoder().encodeToString(new byte[32]), rasd("node1"));
		byte[] sealed = sealer.seal(plain);
		String hash = sha256(sealed);
		store.put(hash, sealed);
		Path object;
		try (var files = Files.walk(server.folder())) {
			object = files.filter(path -> path.getFileName().toString().equals(hash)).findFirst().orElseThrow();
		}
		assertThat(new String(Files.readAllBytes(object), StandardCharsets.ISO_8859_1)).doesNotContain("GPS");
		try (InputStream in = store.get(hash)) {
			assertThat(sealer.open(in.readAllBytes())).isEqualTo(plain);
		}
	}

	@Test
	void aBucketThatIsNotThereFailsTheHealthProbe() throws Exception {
		S3FileStore missing = new S3FileStore(properties("no-such-bucket"), rasd("node1"));
		try {
			assertThatThrownBy(missing::probe).isInstanceOf(RuntimeException.class);
		}
		finally {
			missing.destroy();
		}
	}

	@Test
	void keysTheServerRefusesFailTheHealthProbe() throws Exception {
		S3Properties wrong = new S3Properties(server.endpoint(), BUCKET, "us-east-1", S3ProxyServer.ACCESS_KEY,
				"not-the-secret", true);
		S3FileStore refused = new S3FileStore(wrong, rasd("node1"));
		try {
			assertThatThrownBy(refused::probe).isInstanceOf(RuntimeException.class);
		}
		finally {
			refused.destroy();
		}
	}

	private static S3Properties properties(String bucket) {
		return new S3Properties(server.endpoint(), bucket, "us-east-1", S3ProxyServer.ACCESS_KEY,
				S3ProxyServer.SECRET_KEY, true);
	}

	private static S3FileStore node(String name) {
		return new S3FileStore(properties(BUCKET), rasd(name));
	}

	private static RasdProperties rasd(String node) {
		return new RasdProperties(dataDir.resolve(node), false, "http://localhost");
	}
}
