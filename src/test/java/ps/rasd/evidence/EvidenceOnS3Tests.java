package ps.rasd.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ps.rasd.analytics.ExportFile;
import ps.rasd.analytics.ExportJobView;
import ps.rasd.analytics.ExportManagement;
import ps.rasd.analytics.ExportStatus;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.RasdProperties;
import ps.rasd.support.Principals;
import ps.rasd.support.S3ProxyServer;

/**
 * With {@code RASD_S3_*} set the application keeps evidence in the bucket, not in the data folder: a photo stripped
 * of its metadata and its sealed original are objects of the bucket, read back through the module, and nothing of
 * them is written under {@code $RASD_DATA_DIR/evidence} (but the folder of files being received).
 */
@SpringBootTest(properties = "rasd.test.context=evidence-on-s3")
@ActiveProfiles("test")
class EvidenceOnS3Tests {

	private static S3ProxyServer server;

	@DynamicPropertySource
	static void bucket(DynamicPropertyRegistry registry) throws Exception {
		server = S3ProxyServer.start();
		server.createBucket("rasd-evidence");
		registry.add("rasd.s3.endpoint", server::endpoint);
		registry.add("rasd.s3.bucket", () -> "rasd-evidence");
		registry.add("rasd.s3.access-key", () -> S3ProxyServer.ACCESS_KEY);
		registry.add("rasd.s3.secret-key", () -> S3ProxyServer.SECRET_KEY);
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	RasdProperties properties;

	@Autowired
	ExportManagement exports;

	@Test
	void aPhotoAndItsSealedOriginalAreObjectsOfTheBucket() throws Exception {
		byte[] photo = TestFiles.photoWithGps(120, 90);
		RasdPrincipal coordinator = Principals.coordinator("50");
		EvidenceSummary file = evidence.upload(new ByteArrayInputStream(photo), "visit", "1", "50", true, coordinator);
		assertThat(file.sealed()).isTrue();
		try (InputStream in = evidence.open(file.id(), false, false, coordinator)) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).doesNotContain("RasdTestCam");
		}
		assertThat(evidence.openOriginal(file.id(), coordinator)).isEqualTo(photo);

		List<Path> objects = files(server.folder());
		assertThat(objects).extracting(path -> path.getFileName().toString()).contains(file.sha256Stored());
		assertThat(objects).as("the stored photo, its thumbnail and the sealed original").hasSizeGreaterThanOrEqualTo(3);
		for (Path object : objects) {
			assertThat(new String(Files.readAllBytes(object), StandardCharsets.ISO_8859_1))
				.as("no object holds the camera").doesNotContain("RasdTestCam");
		}
		Path folder = properties.dataDir().resolve("evidence");
		assertThat(files(folder)).as("nothing kept in the data folder").isEmpty();
	}

	@Test
	void anExportIsAnObjectOfTheBucketAndDownloadsFromIt() throws Exception {
		RasdPrincipal owner = Principals.coordinator(880_001, "50");
		ExportJobView job = exports.start(exports.request("facilities", "geojson", Map.of(),
				Locale.forLanguageTag("ar")), owner);
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> exports.job(job.id(), owner).status().finished());
		assertThat(exports.job(job.id(), owner).status()).isEqualTo(ExportStatus.DONE);
		ExportFile file = exports.file(job.id(), owner);
		try (InputStream in = file.resource().getInputStream()) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("FeatureCollection");
		}
		assertThat(files(server.folder())).extracting(path -> path.getFileName().toString())
			.anyMatch(name -> name.startsWith("export-" + job.id() + "-"));
		assertThat(files(properties.dataDir().resolve("exports"))).as("nothing kept in the data folder").isEmpty();
	}

	private static List<Path> files(Path folder) throws Exception {
		if (!Files.exists(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).filter(path -> !path.getFileName().toString().endsWith(".conf"))
				.toList();
		}
	}
}
