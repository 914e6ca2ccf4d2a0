package ps.rasd.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** MP4 files written box by box, as a phone's camera writes them. */
public final class Mp4Fixtures {

	public static final String PLACE = "+31.5326+035.0998/";

	public static final String DEVICE = "Google";

	private Mp4Fixtures() {
	}

	/**
	 * A short phone video: its place and device in the movie's {@code udta} ({@code ©xyz}, {@code ©mak}) and
	 * QuickTime {@code meta} (keys), the device in the track's {@code udta}, XMP in a top-level {@code uuid}.
	 */
	public static byte[] phoneVideo() {
		byte[] xyz = box("\u00a9xyz", concat(new byte[] { 0, 18, 0x15, (byte) 0xc7 }, ascii(PLACE)));
		byte[] mak = box("\u00a9mak", concat(new byte[] { 0, 6, 0x15, (byte) 0xc7 }, ascii(DEVICE)));
		byte[] keys = box("keys", concat(new byte[8], box("mdta", ascii("com.apple.quicktime.location.ISO6709")),
				box("mdta", ascii("com.android.model"))));
		byte[] ilst = box("ilst", box("\0\0\0\u0001", box("data", concat(new byte[8], ascii(PLACE)))),
				box("\0\0\0\u0002", box("data", concat(new byte[8], ascii("Pixel 8")))));
		byte[] meta = box("meta", concat(new byte[4], box("hdlr", new byte[24]), keys, ilst));
		byte[] trak = box("trak", box("tkhd", ascii("tkhd-facts")), box("udta", mak));
		byte[] moov = box("moov", box("mvhd", ascii("mvhd-facts")), trak, box("udta", xyz, mak), meta);
		byte[] xmp = box("uuid", concat(new byte[16], ascii("<x:xmpmeta><exif:GPSLatitude>31,32N</x:xmpmeta>")));
		byte[] media = new byte[4096];
		for (int i = 0; i < media.length; i++) {
			media[i] = (byte) (i * 31 + 7);
		}
		return concat(box("ftyp", ascii("mp42\0\0\0\0mp42isom")), moov, xmp, box("mdat", media));
	}

	public static byte[] box(String type, byte[]... payload) {
		byte[] body = concat(payload);
		ByteBuffer box = ByteBuffer.allocate(8 + body.length);
		box.putInt(8 + body.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(body);
		return box.array();
	}

	public static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}
}
