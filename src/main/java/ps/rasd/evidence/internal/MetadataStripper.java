package ps.rasd.evidence.internal;

import java.io.ByteArrayOutputStream;
import java.util.Set;

import ps.rasd.shared.DomainException;

/**
 * Removes every metadata block from JPEG and PNG files without decoding the picture (no quality lost): in JPEG all
 * APPn segments but the JFIF header and the colour profile, and all comments; in PNG every chunk but those that make
 * the image. A file that ends early (truncated) is refused.
 */
final class MetadataStripper {

	/** PNG chunks that draw the picture; everything else (tEXt, iTXt, zTXt, eXIf, tIME…) is dropped. */
	private static final Set<String> PNG_KEEP = Set.of("IHDR", "PLTE", "tRNS", "gAMA", "cHRM", "sRGB", "sBIT", "IDAT",
			"IEND");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private MetadataStripper() {
	}

	static byte[] strip(String mediaType, byte[] bytes) {
		return switch (mediaType) {
			case "image/jpeg" -> jpeg(bytes);
			case "image/png" -> png(bytes);
			case "image/webp" -> WebP.strip(bytes);
			default -> bytes;
		};
	}

	private static byte[] jpeg(byte[] in) {
		if (in.length < 4 || u8(in, 0) != 0xFF || u8(in, 1) != 0xD8 || u8(in, in.length - 2) != 0xFF
				|| u8(in, in.length - 1) != 0xD9) {
			throw new DomainException("evidence.damaged");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(in, 0, 2);
		int at = 2;
		while (at + 4 <= in.length) {
			if (u8(in, at) != 0xFF) {
				throw new DomainException("evidence.damaged");
			}
			int marker = u8(in, at + 1);
			if (marker == 0xDA) {
				out.write(in, at, in.length - at);
				return out.toByteArray();
			}
			int length = (u8(in, at + 2) << 8) | u8(in, at + 3);
			if (length < 2 || at + 2 + length > in.length) {
				throw new DomainException("evidence.damaged");
			}
			if (keepJpegSegment(in, at, marker)) {
				out.write(in, at, 2 + length);
			}
			at += 2 + length;
		}
		throw new DomainException("evidence.damaged");
	}

	/** Keeps the JFIF header (APP0) and an ICC colour profile (APP2); drops other APPn and comments. */
	private static boolean keepJpegSegment(byte[] in, int at, int marker) {
		if (marker == 0xE0) {
			return startsWith(in, at + 4, "JFIF");
		}
		if (marker == 0xE2) {
			return startsWith(in, at + 4, "ICC_PROFILE");
		}
		return !(marker >= 0xE1 && marker <= 0xEF) && marker != 0xFE;
	}

	private static byte[] png(byte[] in) {
		for (int i = 0; i < PNG_SIGNATURE.length; i++) {
			if (in.length < 8 || in[i] != PNG_SIGNATURE[i]) {
				throw new DomainException("evidence.damaged");
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
		out.write(in, 0, 8);
		int at = 8;
		while (at + 12 <= in.length) {
			long length = ((long) u8(in, at) << 24) | (u8(in, at + 1) << 16) | (u8(in, at + 2) << 8) | u8(in, at + 3);
			if (length > in.length - at - 12) {
				throw new DomainException("evidence.damaged");
			}
			String type = new String(in, at + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
			int total = (int) length + 12;
			if (PNG_KEEP.contains(type)) {
				out.write(in, at, total);
			}
			at += total;
			if (type.equals("IEND")) {
				return out.toByteArray();
			}
		}
		throw new DomainException("evidence.damaged");
	}

	private static boolean startsWith(byte[] in, int at, String text) {
		byte[] expected = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		if (at + expected.length > in.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if (in[at + i] != expected[i]) {
				return false;
			}
		}
		return true;
	}

	private static int u8(byte[] in, int at) {
		return in[at] & 0xFF;
	}
}
