package ps.rasd.media;

import ps.rasd.shared.spi.PdfRenderer;

/** Media made through the real machinery. */
public final class MediaFixtures {

	/** A sentence of the Arabic study, as written in it. */
	public static final String PHRASE = "وأفادت الأسر بأنها تشتري المياه من الصهاريج بأسعار مرتفعة";

	private MediaFixtures() {
	}

	/** A study in Arabic, drawn by Rasd's own PDF renderer (Arabic joined, fonts embedded). */
	public static byte[] arabicStudy(PdfRenderer pdf) {
		return pdf.render("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ar\" dir=\"rtl\"><head>"
				+ "<meta charset=\"utf-8\"/><style>body { font-family: 'Rasd Arabic', 'Rasd Latin'; }</style></head>"
				+ "<body><h1>دراسة المياه</h1><p>" + PHRASE + ".</p></body></html>", true);
	}
}
