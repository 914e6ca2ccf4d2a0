package ps.rasd.shared.spi;

/**
 * Turns a well-formed XHTML document into PDF bytes, with Arabic letters joined, mixed Arabic and Latin text in the
 * right order and every font embedded. Implemented by the analytics module; any module that prints a document (the
 * referral letter of cases) renders its own template to XHTML and hands it here.
 */
public interface PdfRenderer {

	/**
	 * The PDF of a document. Text runs without a direction of their own are right to left when {@code rightToLeft}
	 * is true. The fonts are known to CSS as {@code Rasd Arabic} (Noto Naskh Arabic) and {@code Rasd Latin} (Noto
	 * Sans), in weights 400 and 700.
	 * @throws IllegalArgumentException if the document is not well-formed XHTML
	 */
	byte[] render(String xhtml, boolean rightToLeft);

}
