package ps.rasd.shared;

import java.io.IOException;
import java.text.Normalizer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;


/**
 * The text of a PDF (a library study, an official text of a law), with PDFBox (already on the class path through the PDF renderer; no Tika parser bundle
 * needed). Arabic comes out in logical order; letters a PDF keeps in their joined presentation forms are folded
 * back to the plain letters (NFKC), so that the search finds them.
 */
public final class PdfText {

	/** The most characters kept for the search (a 200-page study is about half of it). */
	public static final int MAX_CHARS = 1_000_000;

	private PdfText() {
	}

	/**
	 * @param text the text, at most {@link #MAX_CHARS}
	 * @param pages the page count
	 */
	public record Extracted(String text, int pages) {
	}

	/**
	 * @param unreadable the code of the refusal when the file is not a PDF PDFBox can read (the caller's message)
	 * @throws DomainException with that code
	 */
	public static Extracted of(byte[] pdf, String unreadable) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(false);
			String text = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFKC)
				.replaceAll("[ \\t\\x0B\\f]+", " ")
				.replaceAll("\\s*\\n\\s*", "\n")
				.strip();
			if (text.length() > MAX_CHARS) {
				text = text.substring(0, MAX_CHARS);
			}
			return new Extracted(text, document.getNumberOfPages());
		}
		catch (IOException ex) {
			throw new DomainException(unreadable);
		}
	}
}
