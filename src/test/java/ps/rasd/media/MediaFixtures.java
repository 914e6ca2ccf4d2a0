package ps.rasd.media;

import ps.rasd.shared.spi.PdfRenderer;

/** Media made through the real machinery. */
public final class MediaFixtures {

	/** A sentence of the Arabic study, as written in it. */
	public static final String PHRASE = "وأفادت الأسر بأنها تشتري المياه من الصهاريج بأسعار مرتفعة";

	private MediaFixtures() {
	}

	/**
	 * The start of an MP4 video as a camera writes it (an {@code ftyp} box, then {@code size} bytes of media data),
	 * enough for its type to be found in its bytes.
	 */
	public static byte[] mp4(int size) {
		byte[] ftyp = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'm', 'p', '4', '2', 'i', 's',
				'o', 'm' };
		byte[] video = new byte[ftyp.length + 8 + size];
		System.arraycopy(ftyp, 0, video, 0, ftyp.length);
		int box = 8 + size;
		video[ftyp.length] = (byte) (box >>> 24);
		video[ftyp.length + 1] = (byte) (box >>> 16);
		video[ftyp.length + 2] = (byte) (box >>> 8);
		video[ftyp.length + 3] = (byte) box;
		video[ftyp.length + 4] = 'm';
		video[ftyp.length + 5] = 'd';
		video[ftyp.length + 6] = 'a';
		video[ftyp.length + 7] = 't';
		for (int i = ftyp.length + 8; i < video.length; i++) {
			video[i] = (byte) (i * 31);
		}
		return video;
	}

	/** A study in Arabic, drawn by Rasd's own PDF renderer (Arabic joined, fonts embedded). */
	public static byte[] arabicStudy(PdfRenderer pdf) {
		return pdf.render("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" dir=\"rtl\"><head>"
				+ "<meta charset=\"utf-8\"/><style>body { font-family: 'Rasd Arabic', 'Rasd Latin'; }</style></head>"
				+ "<body><h1>دراسة المياه</h1><p>" + PHRASE + ".</p></body></html>", true);
	}
}
