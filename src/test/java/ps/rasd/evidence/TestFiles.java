package ps.rasd.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Files made for tests: photos that carry GPS and camera data, PNGs with text chunks, and things that pose as photos. */
public final class TestFiles {

	private TestFiles() {
	}

	/** A JPEG photo of the given size, with a camera make, a capture time, a GPS position in Hebron and a comment. */
	public static byte[] photoWithGps(int width, int height) {
		try {
			ByteArrayOutputStream plain = new ByteArrayOutputStream();
			ImageIO.write(picture(width, height), "jpg", plain);
			TiffOutputSet exif = new TiffOutputSet();
			exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "RasdTestCam");
			exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_DATE_TIME_ORIGINAL, "2026:11:28 08:15:00");
			exif.setGpsInDegrees(35.0994, 31.5326);
			ByteArrayOutputStream withExif = new ByteArrayOutputStream();
			new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), withExif, exif);
			return withComment(withExif.toByteArray(), "monitor: Salma, +970599123456");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A PNG with a tEXt chunk naming the author. */
	public static byte[] pngWithText() {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(picture(64, 48), "png", out);
			byte[] png = out.toByteArray();
			byte[] chunk = chunk("tEXt", "Author\0Salma Khatib, Hebron".getBytes(StandardCharsets.ISO_8859_1));
			ByteArrayOutputStream result = new ByteArrayOutputStream();
			result.write(png, 0, 33);
			result.write(chunk);
			result.write(png, 33, png.length - 33);
			return result.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A lossless WebP of 1 × 1 pixel with an EXIF chunk naming a place and an XMP chunk naming a person (the picture
	 * data is the smallest valid VP8L stream).
	 */
	public static byte[] webpWithMetadata() {
		byte[] vp8l = { 0x2f, 0x00, 0x00, 0x00, 0x00, 0x07, 0x10, 0x11, 0x11, 0x08, 0x00 };
		byte[] vp8x = { 0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		ByteArrayOutputStream chunks = new ByteArrayOutputStream();
		chunks.writeBytes(riffChunk("VP8X", vp8x));
		chunks.writeBytes(riffChunk("VP8L", vp8l));
		chunks.writeBytes(riffChunk("EXIF", "Exif GPS Hebron 31.53 35.09".getBytes(StandardCharsets.US_ASCII)));
		chunks.writeBytes(riffChunk("XMP ", "<x:xmpmeta>Salma Khatib</x:xmpmeta>".getBytes(StandardCharsets.UTF_8)));
		byte[] body = chunks.toByteArray();
		ByteBuffer out = ByteBuffer.allocate(12 + body.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
		out.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(body.length + 4)
			.put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(body);
		return out.array();
	}

	private static byte[] riffChunk(String type, byte[] data) {
		int padded = data.length + (data.length & 1);
		ByteBuffer chunk = ByteBuffer.allocate(8 + padded).order(java.nio.ByteOrder.LITTLE_ENDIAN);
		chunk.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
		return chunk.array();
	}

	/** A tiny PNG whose header claims 30000 × 30000 pixels (a decompression bomb's shape). */
	public static byte[] pngBomb() {
		ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(30000).putInt(30000).put((byte) 8).put((byte) 2)
			.put((byte) 0).put((byte) 0).put((byte) 0);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		out.writeBytes(chunk("IHDR", ihdr.array()));
		out.writeBytes(chunk("IDAT", new byte[] { 0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 }));
		out.writeBytes(chunk("IEND", new byte[0]));
		return out.toByteArray();
	}

	private static byte[] withComment(byte[] jpeg, String comment) {
		byte[] text = comment.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.write(0xFF);
		out.write(0xFE);
		out.write((text.length + 2) >> 8);
		out.write((text.length + 2) & 0xFF);
		out.writeBytes(text);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	private static byte[] chunk(String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
			.putInt((int) crc.getValue()).array();
	}

	private static BufferedImage picture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(11, 110, 79));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.WHITE);
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		return image;
	}
}
