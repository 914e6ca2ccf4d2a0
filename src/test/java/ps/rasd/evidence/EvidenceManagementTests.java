package ps.rasd.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import ps.rasd.shared.DomainException;
import ps.rasd.shared.RasdPrincipal;
import ps.rasd.support.Principals;

@SpringBootTest(properties = "rasd.evidence.max-file-size=3MB")
@ActiveProfiles("test")
class EvidenceManagementTests {

	@Autowired
	EvidenceManagement evidence;

	private final RasdPrincipal monitor = Principals.monitor(77, "50");

	private EvidenceSummary upload(byte[] bytes) {
		return evidence.upload(new ByteArrayInputStream(bytes), "visit", "1", "50", monitor);
	}

	private byte[] kept(EvidenceSummary file) throws Exception {
		try (InputStream in = evidence.open(file.id(), false, false, monitor)) {
			return in.readAllBytes();
		}
	}

	@Test
	void aPhotosCameraDataPositionAndCommentAreRemovedAndCheckedGone() throws Exception {
		byte[] photo = TestFiles.photoWithGps(800, 600);
		Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
		assertThat(before.getFirstDirectoryOfType(GpsDirectory.class)).as("the test photo carries GPS").isNotNull();
		assertThat(before.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNotNull();

		EvidenceSummary file = upload(photo);
		byte[] stored = kept(file);
		Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored));
		assertThat(after.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
		assertThat(after.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
		assertThat(after.getFirstDirectoryOfType(JpegCommentDirectory.class)).isNull();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain("RasdTestCam", "Salma", "970599");
		assertThat(file.mediaType()).isEqualTo("image/jpeg");
		assertThat(file.width()).isEqualTo(800);
		assertThat(file.sha256Received()).isNotEqualTo(file.sha256Stored()).hasSize(64);
		assertThat(file.hasThumbnail()).isTrue();
		assertThat(evidence.custody(file.id())).extracting(CustodyStep::action)
			.containsExactly("RECEIVED", "STRIPPED", "STORED", "VIEWED");
	}

	@Test
	void aPngsTextChunksAreRemoved() throws Exception {
		EvidenceSummary file = upload(TestFiles.pngWithText());
		byte[] stored = kept(file);
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("tEXt", "Salma");
		assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(64);
	}

	@Test
	void aWebpsExifAndXmpChunksAreRemoved() throws Exception {
		EvidenceSummary file = upload(TestFiles.webpWithMetadata());
		assertThat(file.mediaType()).isEqualTo("image/webp");
		assertThat(file.width()).isEqualTo(1);
		String stored = new String(kept(file), java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(stored).startsWith("RIFF").contains("WEBP", "VP8L").doesNotContain("EXIF", "XMP ", "Hebron", "Salma");
		assertThat(stored.charAt(20) & 0x0C).as("the VP8X flags no longer announce EXIF or XMP").isZero();
	}

	@Test
	void viewingAFileIsRecordedInItsCustody() throws Exception {
		EvidenceSummary file = upload(TestFiles.photoWithGps(40, 30));
		kept(file);
		evidence.open(file.id(), false, true, monitor).close();
		assertThat(evidence.custody(file.id())).extracting(CustodyStep::action).endsWith("VIEWED", "DOWNLOADED");
	}

	@Test
	void aCoordinatorKeepsTheUntouchedOriginalSealedAndEveryReadIsRecorded() throws Exception {
		byte[] photo = TestFiles.photoWithGps(100, 80);
		var coordinator = Principals.coordinator("50");
		EvidenceSummary file = evidence.upload(new ByteArrayInputStream(photo), "visit", "1", "50", true, coordinator);
		assertThat(file.sealed()).isTrue();
		assertThat(evidence.openOriginal(file.id(), coordinator)).isEqualTo(photo);
		assertThat(evidence.custody(file.id())).extracting(CustodyStep::action).contains("SEALED", "ORIGINAL_READ");
		assertThatThrownBy(() -> evidence.openOriginal(file.id(), monitor))
			.isInstanceOf(ps.rasd.shared.ForbiddenException.class);
		assertThatThrownBy(() -> evidence.openOriginal(file.id(), Principals.coordinator("45")))
			.isInstanceOf(ps.rasd.shared.ForbiddenException.class);
		assertThatThrownBy(() -> evidence.upload(new ByteArrayInputStream(photo), "visit", "1", "50", true, monitor))
			.isInstanceOf(ps.rasd.shared.ForbiddenException.class);
		try (var files = java.nio.file.Files.walk(properties.dataDir().resolve("evidence"))) {
			assertThat(files.filter(java.nio.file.Files::isRegularFile).map(p -> {
				try {
					return new String(java.nio.file.Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1);
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			})).as("no stored file holds the camera or the position").noneMatch(text -> text.contains("RasdTestCam"));
		}
	}

	@Autowired
	ps.rasd.shared.RasdProperties properties;

	@Test
	void anHtmlPagePosingAsAPhotoIsRefused() {
		assertThatThrownBy(() -> upload("<html><script>alert(1)</script></html>".getBytes()))
			.isInstanceOf(DomainException.class).hasMessage("evidence.type-refused");
	}

	@Test
	void aRenamedProgramIsRefused() {
		byte[] elf = Arrays.copyOf(new byte[] { 0x7f, 'E', 'L', 'F', 2, 1, 1 }, 512);
		assertThatThrownBy(() -> upload(elf)).hasMessage("evidence.type-refused");
		byte[] exe = Arrays.copyOf(new byte[] { 'M', 'Z', (byte) 0x90, 0 }, 512);
		assertThatThrownBy(() -> upload(exe)).hasMessage("evidence.type-refused");
	}

	@Test
	void aTruncatedPhotoIsRefused() {
		byte[] photo = TestFiles.photoWithGps(200, 100);
		assertThatThrownBy(() -> upload(Arrays.copyOf(photo, photo.length / 2))).hasMessage("evidence.damaged");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThatThrownBy(() -> upload(new byte[0])).hasMessage("evidence.empty");
	}

	@Test
	void aDecompressionBombIsRefusedFromItsHeader() {
		assertThatThrownBy(() -> upload(TestFiles.pngBomb())).hasMessage("evidence.too-many-pixels");
	}

	@Test
	void aFileLargerThanTheLimitIsRefused() {
		byte[] big = Arrays.copyOf(new byte[] { '%', 'P', 'D', 'F', '-', '1', '.', '4', '\n' }, 3 * 1024 * 1024 + 1);
		assertThatThrownBy(() -> upload(big)).hasMessage("evidence.too-large");
	}

	@Test
	void aPdfIsKeptAsItCame() throws Exception {
		byte[] pdf = ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes();
		EvidenceSummary file = upload(pdf);
		assertThat(file.mediaType()).isEqualTo("application/pdf");
		assertThat(kept(file)).isEqualTo(pdf);
		assertThat(file.hasThumbnail()).isFalse();
	}
}
