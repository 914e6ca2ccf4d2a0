package ps.rasd.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ps.rasd.evidence.Mp4Fixtures;

/**
 * A phone's video keeps where it was filmed and with what: the location and device boxes are blanked in place, and
 * everything that makes the picture and the sound stays byte for byte where it was.
 */
class Mp4MetadataTests {

	@TempDir
	Path folder;

	@Test
	void removesThePlaceAndTheDeviceAndLeavesTheMediaUntouched() throws IOException {
		byte[] original = Mp4Fixtures.phoneVideo();
		Path file = folder.resolve("clip.mp4");
		Files.write(file, original);

		assertThat(Mp4Metadata.strip(file)).isEqualTo(4);

		byte[] stripped = Files.readAllBytes(file);
		String text = new String(stripped, StandardCharsets.ISO_8859_1);
		assertThat(stripped).hasSameSizeAs(original);
		assertThat(text).doesNotContain(Mp4Fixtures.PLACE, Mp4Fixtures.DEVICE, "ISO6709", "Pixel", "xmpmeta");
		assertThat(types(stripped, 0, stripped.length)).containsExactly("ftyp", "moov", "free", "mdat");
		int moov = indexOf(stripped, "moov") - 4;
		int moovSize = ByteBuffer.wrap(stripped, moov, 4).getInt();
		assertThat(types(stripped, moov + 8, moov + moovSize)).containsExactly("mvhd", "trak", "free", "free");
		int mdat = indexOf(stripped, "mdat") - 4;
		assertThat(Arrays.copyOfRange(stripped, mdat, stripped.length))
			.isEqualTo(Arrays.copyOfRange(original, mdat, original.length));
		assertThat(text).contains("mvhd-facts", "tkhd-facts");
	}

	@Test
	void aVideoWithoutMetadataIsLeftAsItIs() throws IOException {
		byte[] plain = Mp4Fixtures.concat(Mp4Fixtures.box("ftyp", "isom\0\0\0\0isom".getBytes(StandardCharsets.ISO_8859_1)),
				Mp4Fixtures.box("moov", Mp4Fixtures.box("mvhd", new byte[100])), Mp4Fixtures.box("mdat", new byte[500]));
		Path file = folder.resolve("plain.mp4");
		Files.write(file, plain);

		assertThat(Mp4Metadata.strip(file)).isZero();
		assertThat(Files.readAllBytes(file)).isEqualTo(plain);
	}

	@Test
	void aCutFileIsReadUpToWhereItEnds() throws IOException {
		byte[] video = Mp4Fixtures.phoneVideo();
		Path file = folder.resolve("cut.mp4");
		Files.write(file, Arrays.copyOf(video, video.length - 200));

		assertThat(Mp4Metadata.strip(file)).isEqualTo(4);
		assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain(Mp4Fixtures.PLACE);
	}

	private static List<String> types(byte[] bytes, int from, int to) {
		List<String> types = new ArrayList<>();
		for (int at = from; at + 8 <= to;) {
			int size = ByteBuffer.wrap(bytes, at, 4).getInt();
			types.add(new String(bytes, at + 4, 4, StandardCharsets.ISO_8859_1));
			at += size;
		}
		return types;
	}

	private static int indexOf(byte[] bytes, String type) {
		return new String(bytes, StandardCharsets.ISO_8859_1).indexOf(type);
	}
}
