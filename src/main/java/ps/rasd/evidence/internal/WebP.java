package ps.rasd.evidence.internal;

import java.io.ByteArrayOutputStream;

import ps.rasd.shared.DomainException;

/**
 * WebP files read at the container level (no codec needed): the picture's size from its VP8X, VP8 or VP8L header,
 * and the EXIF and XMP chunks removed with their flags. A file whose chunks run past its end is refused.
 */
final class WebP {

	private WebP() {
	}

	static int[] dimensions(byte[] in) {
		check(in);
		int at = 12;
		while (at + 8 <= in.length) {
			String type = type(in, at);
			int size = le32(in, at + 4);
			int data = at + 8;
			if (size < 0 || data + size > in.length) {
				throw new DomainException("evidence.damaged");
			}
			switch (type) {
				case "VP8X":
					return new int[] { 1 + le24(in, data + 4), 1 + le24(in, data + 7) };
				case "VP8 ":
					if (size < 10 || (in[data + 3] & 0xFF) != 0x9d || (in[data + 4] & 0xFF) != 0x01
							|| (in[data + 5] & 0xFF) != 0x2a) {
						throw new DomainException("evidence.damaged");
					}
					return new int[] { le16(in, data + 6) & 0x3FFF, le16(in, data + 8) & 0x3FFF };
				case "VP8L":
					if (size < 5 || (in[data] & 0xFF) != 0x2f) {
						throw new DomainException("evidence.damaged");
					}
					int bits = le32(in, data + 1);
					return new int[] { 1 + (bits & 0x3FFF), 1 + ((bits >>> 14) & 0x3FFF) };
				default:
					at = data + size + (size & 1);
			}
		}
		throw new DomainException("evidence.damaged");
	}

	static byte[] strip(byte[] in) {
		check(in);
		ByteArrayOutputStream body = new ByteArrayOutputStream(in.length);
		int at = 12;
		while (at + 8 <= in.length) {
			String type = type(in, at);
			int size = le32(in, at + 4);
			int total = 8 + size + (size & 1);
			if (size < 0 || at + 8 + size > in.length) {
				throw new DomainException("evidence.damaged");
			}
			if (!type.equals("EXIF") && !type.equals("XMP ")) {
				byte[] chunk = java.util.Arrays.copyOfRange(in, at, Math.min(in.length, at + total));
				if (type.equals("VP8X")) {
					chunk[8] = (byte) (chunk[8] & ~0x0C);
				}
				body.writeBytes(chunk);
			}
			at += total;
		}
		byte[] chunks = body.toByteArray();
		ByteArrayOutputStream out = new ByteArrayOutputStream(chunks.length + 12);
		out.writeBytes(new byte[] { 'R', 'I', 'F', 'F' });
		int riff = chunks.length + 4;
		out.writeBytes(new byte[] { (byte) riff, (byte) (riff >> 8), (byte) (riff >> 16), (byte) (riff >> 24) });
		out.writeBytes(new byte[] { 'W', 'E', 'B', 'P' });
		out.writeBytes(chunks);
		return out.toByteArray();
	}

	private static void check(byte[] in) {
		if (in.length < 20 || !type(in, 0).equals("RIFF") || !type(in, 8).equals("WEBP")
				|| le32(in, 4) + 8L > in.length) {
			throw new DomainException("evidence.damaged");
		}
	}

	private static String type(byte[] in, int at) {
		return new String(in, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
	}

	private static int le16(byte[] in, int at) {
		return (in[at] & 0xFF) | (in[at + 1] & 0xFF) << 8;
	}

	private static int le24(byte[] in, int at) {
		return le16(in, at) | (in[at + 2] & 0xFF) << 16;
	}

	private static int le32(byte[] in, int at) {
		return le24(in, at) | (in[at + 3] & 0xFF) << 24;
	}
}
