package ps.rasd.advocacy.domain;

import java.io.IOException;
import java.text.Normalizer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import ps.rasd.shared.DomainException;

/**
 * The text of an official PDF, with PDFBox, for the search: Arabic comes out in logical order and joined
 * presentation forms are folded back to plain letters (NFKC), as the media library does for its publications.
 */
public final class PdfText {

	/** The most characters kept for the search. */
	public static final int MAX_CHARS = 1_000_000;

	private PdfText() {
	}

	/** @throws DomainException {@code advocacy.instrument.pdf-unreadable} */
	public static String of(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			String text = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC)
				.replaceAll("[ \\t\\x0B\\f]+", " ")
				.replaceAll("\\s*\\n\\s*", "\n")
				.strip();
			return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
		}
		catch (IOException ex) {
			throw new DomainException("advocacy.instrument.pdf-unreadable");
		}
	}
}
