package ps.rasd.evidence.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Removes where and with what an MP4, MOV or M4A file was recorded, without re-encoding: a phone writes the place
 * ({@code ©xyz}, {@code com.apple.quicktime.location.ISO6709}), the make, model and software into the
 * {@code udta} and {@code meta} boxes of the movie and of its tracks, and XMP into {@code uuid} boxes. Each such box
 * becomes a {@code free} box of the same size filled with zeros, so no other box moves and the sample offsets stay
 * right: the picture and the sound are untouched and the file plays as before.
 */
public final class Mp4Metadata {

	/** The types this applies to (ISO base media files). */
	public static final Set<String> TYPES = Set.of("video/mp4", "video/quicktime", "audio/mp4", "audio/x-m4a");

	private static final Set<String> CONTAINERS = Set.of("moov", "trak");

	private static final Set<String> METADATA = Set.of("udta", "meta", "uuid");

	private static final byte[] FREE = "free".getBytes(StandardCharsets.US_ASCII);

	private Mp4Metadata() {
	}

	/** Blanks the metadata boxes in place; returns how many were blanked (0: nothing to remove). */
	public static int strip(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			return walk(channel, 0, channel.size(), 0);
		}
	}

	private static int walk(FileChannel channel, long start, long end, int depth) throws IOException {
		int blanked = 0;
		long at = start;
		ByteBuffer header = ByteBuffer.allocate(16);
		while (at + 8 <= end) {
			header.clear().limit(8);
			channel.read(header, at);
			long size = Integer.toUnsignedLong(header.getInt(0));
			String type = new String(header.array(), 4, 4, StandardCharsets.ISO_8859_1);
			int headerLength = 8;
			if (size == 1) {
				header.clear().limit(8);
				channel.read(header, at + 8);
				size = header.getLong(0);
				headerLength = 16;
			}
			else if (size == 0) {
				size = end - at;
			}
			if (size < headerLength || at + size > end) {
				return blanked; // a damaged or cut box: nothing after it can be read
			}
			if (CONTAINERS.contains(type) && depth < 2) {
				blanked += walk(channel, at + headerLength, at + size, depth + 1);
			}
			else if (METADATA.contains(type)) {
				blank(channel, at, size, headerLength);
				blanked++;
			}
			at += size;
		}
		return blanked;
	}

	private static void blank(FileChannel channel, long at, long size, int headerLength) throws IOException {
		channel.write(ByteBuffer.wrap(FREE), at + 4);
		ByteBuffer zeros = ByteBuffer.allocate(64 * 1024);
		for (long position = at + headerLength; position < at + size;) {
			zeros.clear().limit((int) Math.min(zeros.capacity(), at + size - position));
			position += channel.write(zeros, position);
		}
	}
}
