package ps.rasd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import ps.rasd.evidence.EvidenceManagement;
import ps.rasd.evidence.EvidenceSummary;
import ps.rasd.evidence.ResumableUploads;
import ps.rasd.evidence.TestFiles;
import ps.rasd.platform.backup.Backups;
import ps.rasd.polls.imports.ImportUploads;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.shared.spi.MadeFiles;
import ps.rasd.support.IntegrationTest;
import ps.rasd.support.PostgresDatabase;
import ps.rasd.support.Principals;
import ps.rasd.support.S3ProxyServer;

/**
 * Two nodes on one PostgreSQL and one bucket (S3Proxy), each with a data folder of its own (this test's application and
 * a second one started beside it): no file a node needs is only in its own folder. An upload in pieces begun on one
 * node is finished on the other and read whole on either; a poll import file uploaded on one is found and read on the
 * other; the backup carries the bucket's objects and puts them back into an emptied bucket.
 */
@IntegrationTest
@TestPropertySource(properties = "rasd.test.context=two-nodes-files")
class TwoNodesFilesTests {

	private static final String DATABASE = PostgresDatabase.newDatabaseUrl();

	private static final String BUCKET = "rasd-two-nodes";

	private static S3ProxyServer server;

	private static ConfigurableApplicationContext second;

	@Autowired
	ResumableUploads uploads;

	@Autowired
	ImportUploads imports;

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	Backups backups;

	@Autowired
	MadeFiles files;

	private static synchronized S3ProxyServer server() throws Exception {
		if (server == null) {
			server = S3ProxyServer.start();
			server.createBucket(BUCKET);
		}
		return server;
	}

	@DynamicPropertySource
	static void shared(DynamicPropertyRegistry registry) throws Exception {
		server();
		registry.add("spring.datasource.url", () -> DATABASE);
		registry.add("spring.datasource.username", PostgresDatabase::user);
		registry.add("spring.datasource.password", PostgresDatabase::password);
		registry.add("rasd.s3.endpoint", server::endpoint);
		registry.add("rasd.s3.bucket", () -> BUCKET);
		registry.add("rasd.s3.access-key", () -> S3ProxyServer.ACCESS_KEY);
		registry.add("rasd.s3.secret-key", () -> S3ProxyServer.SECRET_KEY);
	}

	@BeforeAll
	static void startTheSecondNode() throws Exception {
		server();
		second = new SpringApplicationBuilder(RasdApplication.class).profiles("test")
			.run("--spring.datasource.url=" + DATABASE, "--spring.datasource.username=" + PostgresDatabase.user(),
					"--spring.datasource.password=" + PostgresDatabase.password(), "--server.port=0",
					"--rasd.s3.endpoint=" + server.endpoint(), "--rasd.s3.bucket=" + BUCKET,
					"--rasd.s3.access-key=" + S3ProxyServer.ACCESS_KEY,
					"--rasd.s3.secret-key=" + S3ProxyServer.SECRET_KEY, "--rasd.pdf.warm-up=false");
	}

	@AfterAll
	static void stopTheSecondNodeAndTheBucket() throws Exception {
		if (second != null) {
			second.close();
		}
		if (server != null) {
			server.close();
		}
	}

	@Test
	void anUploadBegunOnOneNodeIsFinishedOnTheOther() throws Exception {
		RasdPrincipal monitor = Principals.admin();
		byte[] bytes = new byte[300 * 1024];
		new Random(22).nextBytes(bytes);
		var upload = uploads.start(bytes.length, "photo.jpg", monitor);
		uploads.append(upload.id(), 0, new ByteArrayInputStream(bytes, 0, 100 * 1024), monitor);

		ResumableUploads there = second.getBean(ResumableUploads.class);
		assertThat(there.progress(upload.id(), monitor)).hasValueSatisfying(p -> assertThat(p.offset())
			.isEqualTo(100 * 1024));
		there.append(upload.id(), 100 * 1024, new ByteArrayInputStream(bytes, 100 * 1024, bytes.length - 100 * 1024),
				monitor);

		try (InputStream here = uploads.open(upload.id(), monitor); InputStream other = there.open(upload.id(), monitor)) {
			assertThat(here.readAllBytes()).isEqualTo(bytes);
			assertThat(other.readAllBytes()).isEqualTo(bytes);
		}
		there.discard(upload.id(), monitor);
		assertThat(files.names("uploads")).noneMatch(name -> name.startsWith(upload.id()));
	}

	@Test
	void anImportFileUploadedOnOneNodeIsReadOnTheOther() throws Exception {
		String csv = "الاسم,العمر\nسامر,34\n";
		ImportUploads.Upload upload = imports.save(7, 42, "responses.csv",
				new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

		ImportUploads there = second.getBean(ImportUploads.class);
		ImportUploads.Upload found = there.find(upload.token(), 7, 42).orElseThrow();
		assertThat(found.fileName()).isEqualTo("responses.csv");
		String read = there.read(found, file -> Files.readString(file, StandardCharsets.UTF_8));
		assertThat(read).isEqualTo(csv);
		assertThat(there.find(upload.token(), 7, 43)).as("another person's").isEmpty();

		there.delete(upload.token());
		assertThat(imports.find(upload.token(), 7, 42)).as("deleted on the other node").isEmpty();
	}

	@Test
	void theBackupCarriesTheBucketAndPutsItBack() throws Exception {
		RasdPrincipal coordinator = Principals.coordinator("50");
		EvidenceSummary photo = evidence.upload(new ByteArrayInputStream(TestFiles.photoWithGps(120, 90)), "visit",
				"1", "50", false, coordinator);
		byte[] kept;
		try (InputStream in = evidence.open(photo.id(), false, false, coordinator)) {
			kept = in.readAllBytes();
		}
		Path archive = Files.createTempFile("rasd-backup", ".zip");
		try {
			Backups.Manifest manifest;
			try (OutputStream out = Files.newOutputStream(archive)) {
				manifest = backups.backup(out);
			}
			assertThat(manifest.sha256()).containsKey("bucket/evidence/" + photo.sha256Stored());

			files.delete("evidence", photo.sha256Stored());
			assertThat(files.find("evidence", photo.sha256Stored())).as("the bucket lost it").isEmpty();
			assertThat(backups.restoreObjects(archive)).isGreaterThanOrEqualTo(1);
			try (InputStream in = second.getBean(EvidenceManagement.class).open(photo.id(), false, false,
					coordinator)) {
				assertThat(in.readAllBytes()).as("restored, read on the other node").isEqualTo(kept);
			}
		}
		finally {
			Files.deleteIfExists(archive);
		}
	}
}
