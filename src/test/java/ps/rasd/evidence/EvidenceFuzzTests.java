package ps.rasd.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Random;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.shared.DomainException;
import ps.rasd.support.Principals;

/**
 * Thousands of mutated photos: each is either refused with a clear reason or kept without its location — never an
 * unexpected failure, never a row without its file. The seed is fixed, so a failure can be replayed.
 */
@SpringBootTest(properties = "rasd.test.context=fuzz")
@ActiveProfiles("test")
class EvidenceFuzzTests {

	private static final int ROUNDS = 1500;

	@Autowired
	EvidenceManagement evidence;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void mutatedPhotosAreRefusedCleanlyOrKeptWithoutTheirLocation() throws Exception {
		byte[] jpeg = TestFiles.photoWithGps(120, 90);
		byte[] png = TestFiles.pngWithText();
		byte[] webp = TestFiles.webpWithMetadata();
		Random random = new Random(20261129);
		int kept = 0;
		int refused = 0;
		for (int i = 0; i < ROUNDS; i++) {
			byte[] file = mutate(i % 3 == 0 ? jpeg : i % 3 == 1 ? png : webp, random);
			try {
				EvidenceSummary summary = evidence.upload(new ByteArrayInputStream(file), "visit", "1", "50",
						Principals.monitor(5, "50"));
				try (var in = evidence.open(summary.id(), false, false, Principals.monitor(5, "50"))) {
					byte[] stored = in.readAllBytes();
					assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored))
						.getFirstDirectoryOfType(GpsDirectory.class)).as("round %d", i).isNull();
				}
				kept++;
			}
			catch (DomainException ex) {
				assertThat(ex.code()).startsWith("evidence.");
				refused++;
			}
		}
		assertThat(kept + refused).isEqualTo(ROUNDS);
		assertThat(refused).as("most mutations break the file").isGreaterThan(ROUNDS / 10);
		Long rows = jdbc.queryForObject("select count(*) from evidence_file", Long.class);
		assertThat(rows).as("a row only for each kept file").isEqualTo(kept);
	}

	/** Flips bytes, cuts the end, or repeats a slice. */
	private static byte[] mutate(byte[] original, Random random) {
		byte[] file = original.clone();
		switch (random.nextInt(3)) {
			case 0 -> {
				for (int n = 1 + random.nextInt(8); n > 0; n--) {
					file[random.nextInt(file.length)] = (byte) random.nextInt(256);
				}
			}
			case 1 -> file = java.util.Arrays.copyOf(file, 1 + random.nextInt(file.length));
			default -> {
				int from = random.nextInt(file.length);
				int length = random.nextInt(Math.min(200, file.length - from) + 1);
				byte[] longer = new byte[file.length + length];
				System.arraycopy(file, 0, longer, 0, from + length);
				System.arraycopy(file, from, longer, from + length, file.length - from);
				file = longer;
			}
		}
		return file;
	}
}
